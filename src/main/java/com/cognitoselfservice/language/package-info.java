/**
 * The languages the pages speak and which one a visitor gets: {@code lang}, then the
 * product's default, then the browser's {@code Accept-Language}, then English.
 */
@NullMarked
package com.cognitoselfservice.language;

import org.jspecify.annotations.NullMarked;

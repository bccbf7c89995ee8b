/**
 * {@code /}: the start page.
 */
@NullMarked
package com.cognitoselfservice.home;

import org.jspecify.annotations.NullMarked;

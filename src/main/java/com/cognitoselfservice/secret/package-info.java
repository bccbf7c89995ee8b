/**
 * Keys that sign or hash what the app must recognise later without storing it.
 */
@NullMarked
package com.cognitoselfservice.secret;

import org.jspecify.annotations.NullMarked;

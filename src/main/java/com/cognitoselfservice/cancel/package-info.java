/**
 * {@code /cancel}: leaves a flow without changing anything; an embedding product hears
 * about it.
 */
@NullMarked
package com.cognitoselfservice.cancel;

import org.jspecify.annotations.NullMarked;

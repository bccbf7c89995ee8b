/**
 * {@code /done}: the success page, with the way back to the product when it was allowed.
 */
@NullMarked
package com.cognitoselfservice.done;

import org.jspecify.annotations.NullMarked;

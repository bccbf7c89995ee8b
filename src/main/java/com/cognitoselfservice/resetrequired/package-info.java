/**
 * {@code /reset-required}: the landing page for users an administrator reset.
 */
@NullMarked
package com.cognitoselfservice.resetrequired;

import org.jspecify.annotations.NullMarked;

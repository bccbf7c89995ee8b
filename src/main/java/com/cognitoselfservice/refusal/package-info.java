/**
 * What every refusal a form shows has in common: a message, its place, a status and when
 * to try again.
 */
@NullMarked
package com.cognitoselfservice.refusal;

import org.jspecify.annotations.NullMarked;

/**
 * Abuse limits on code sends and confirmation attempts.
 */
@NullMarked
package com.cognitoselfservice.abuse;

import org.jspecify.annotations.NullMarked;

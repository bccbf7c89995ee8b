/**
 * Abuse limits on code sends, confirmation attempts and sign-ins, per client address and
 * per username, with their settings.
 */
@NullMarked
package com.cognitoselfservice.abuse;

import org.jspecify.annotations.NullMarked;

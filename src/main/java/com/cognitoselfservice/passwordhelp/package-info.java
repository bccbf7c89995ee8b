/**
 * {@code /password-help}: what a new password is worth while it is typed (policy rules
 * met, strength, a common password, the username or product name in it, the repetition),
 * answered to HTMX; the same checks run on submit without JavaScript.
 */
@NullMarked
package com.cognitoselfservice.passwordhelp;

import org.jspecify.annotations.NullMarked;

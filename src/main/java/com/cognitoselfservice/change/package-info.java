/**
 * {@code /change-password}: sign in with the current password (InitiateAuth), then
 * ChangePassword; challenges go on to {@code /new-password} or {@code /mfa-code}.
 */
@NullMarked
package com.cognitoselfservice.change;

import org.jspecify.annotations.NullMarked;

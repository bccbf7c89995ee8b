/**
 * {@code /mfa-code}: the code a sign-in asked for (SMS, email or authenticator app), then
 * ChangePassword.
 */
@NullMarked
package com.cognitoselfservice.mfa;

import org.jspecify.annotations.NullMarked;

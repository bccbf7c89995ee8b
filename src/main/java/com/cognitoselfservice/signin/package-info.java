/**
 * Signing in to Cognito and carrying a sign-in through its challenges: the password, a
 * challenge held in the session for its validity and answered on the page its purpose
 * names (a permanent password, a sign-in code), then changing the password with the
 * access token.
 */
@NullMarked
package com.cognitoselfservice.signin;

import org.jspecify.annotations.NullMarked;

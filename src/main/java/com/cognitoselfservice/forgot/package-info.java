/**
 * {@code /forgot-password}: asks Cognito to send a confirmation code and starts the reset
 * flow.
 */
@NullMarked
package com.cognitoselfservice.forgot;

import org.jspecify.annotations.NullMarked;

/**
 * {@code /confirm-code}: the code and the new password, ConfirmForgotPassword, and
 * sending the code again.
 */
@NullMarked
package com.cognitoselfservice.confirm;

import org.jspecify.annotations.NullMarked;

/**
 * {@code /new-password}: NEW_PASSWORD_REQUIRED, for users an administrator gave a
 * temporary password.
 */
@NullMarked
package com.cognitoselfservice.newpassword;

import org.jspecify.annotations.NullMarked;

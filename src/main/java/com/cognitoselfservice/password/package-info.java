/**
 * What makes a new password acceptable, in one place: the pool's policy, the common
 * passwords, the names it must not contain, its repetition and its strength; enforced on
 * every form that sets a password and shown live while one is typed
 * ({@code /password-help}, answered to HTMX).
 */
@NullMarked
package com.cognitoselfservice.password;

import org.jspecify.annotations.NullMarked;

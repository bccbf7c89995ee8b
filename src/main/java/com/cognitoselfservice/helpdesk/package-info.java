/**
 * {@code /admin}: the helpdesk console, the seeds' admin operations
 * (AdminResetUserPassword, AdminSetUserPassword, the email-verified fix) behind a Cognito
 * sign-in and group.
 */
@NullMarked
package com.cognitoselfservice.helpdesk;

import org.jspecify.annotations.NullMarked;

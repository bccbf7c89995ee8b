/**
 * {@code /admin}: the admin console for helpdesk people, with the seeds' admin operations
 * (AdminResetUserPassword, AdminSetUserPassword, the email-verified fix) behind a Cognito
 * sign-in and group, and an audit log of every action.
 */
@NullMarked
package com.cognitoselfservice.admin;

import org.jspecify.annotations.NullMarked;

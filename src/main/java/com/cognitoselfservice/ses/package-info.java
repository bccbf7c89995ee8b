/**
 * Sending email with Amazon SES (SendEmail, v2), for whoever sends one: the notices.
 */
@NullMarked
package com.cognitoselfservice.ses;

import org.jspecify.annotations.NullMarked;

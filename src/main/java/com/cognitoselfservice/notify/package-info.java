/**
 * "Your password was changed" email: after every reset, change, first permanent password
 * and helpdesk action, to the account's verified email, in the person's language and the
 * product's branding, sent after the page is answered.
 */
@NullMarked
package com.cognitoselfservice.notify;

import org.jspecify.annotations.NullMarked;

/**
 * Server-side sessions: the bounded store they live in, their cookie, and the one place a
 * session starts.
 */
@NullMarked
package com.cognitoselfservice.session;

import org.jspecify.annotations.NullMarked;

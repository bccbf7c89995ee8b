/**
 * The store the instances of a fleet share (Redis, in the {@code redis} profile) as the
 * rest of the code sees it: its connection, which values may be kept in a session there,
 * and the failure that says it cannot be reached right now.
 */
@NullMarked
package com.cognitoselfservice.sharedstore;

import org.jspecify.annotations.NullMarked;

/**
 * What the instances of a fleet share (the Redis profile) as the rest of the code sees
 * it: which values may be kept in a session, and the failure that says the shared store
 * cannot be reached right now.
 */
@NullMarked
package com.cognitoselfservice.store;

import org.jspecify.annotations.NullMarked;

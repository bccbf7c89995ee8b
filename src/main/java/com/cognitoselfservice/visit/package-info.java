/**
 * The visit a request belongs to, resolved once per request: which product, which
 * language, where back, embedded or not. Entry pages read it from their query, later
 * pages from the session, staff pages use the default; everything else reads the one
 * resolved {@link com.cognitoselfservice.visit.Visit}.
 */
@NullMarked
package com.cognitoselfservice.visit;

import org.jspecify.annotations.NullMarked;

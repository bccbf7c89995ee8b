/**
 * The security chain every page is served with: CSRF tokens in signed cookies, the
 * product's Content-Security-Policy and isolation headers, and requests no browser sends
 * refused at the door.
 */
@NullMarked
package com.cognitoselfservice.security;

import org.jspecify.annotations.NullMarked;

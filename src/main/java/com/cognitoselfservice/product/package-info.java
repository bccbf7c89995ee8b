/**
 * The products that host these pages: their registry ({@code reset.products}, or the
 * default product from the single-product variables), the visit a user makes from one of
 * them (branding, {@code return_to}, language, iframe embedding) and what follows from it
 * per request: the app client, the Content-Security-Policy and the cookie attributes.
 */
@NullMarked
package com.cognitoselfservice.product;

import org.jspecify.annotations.NullMarked;

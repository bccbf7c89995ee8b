/**
 * The products that host these pages and how each looks: the registry
 * ({@code reset.products}, or the default product from the single-product variables),
 * checked at start-up, and each product's app client, logo, colour, language, support
 * contact, return URLs and framing origins.
 */
@NullMarked
package com.cognitoselfservice.product;

import org.jspecify.annotations.NullMarked;

/**
 * The stylesheet and the one script bundle under {@code /assets/}: named by their
 * content, kept by browsers for a year, sent gzipped as the build made them.
 */
@NullMarked
package com.cognitoselfservice.assets;

import org.jspecify.annotations.NullMarked;

/**
 * Entry pages kept as rendered, so that a page view does not run the templates again: the
 * page cache, its view, and the slots each view fills with values of its own (the form
 * token, a proof-of-work challenge).
 */
@NullMarked
package com.cognitoselfservice.renderedpages;

import org.jspecify.annotations.NullMarked;

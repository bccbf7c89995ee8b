/**
 * What every page needs: the security chain with its CSRF cookies and headers, the error
 * pages, and how a refused form is shown.
 */
@NullMarked
package com.cognitoselfservice.web;

import org.jspecify.annotations.NullMarked;

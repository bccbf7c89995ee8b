/**
 * The pages for what no form can fix (Cognito or Redis away, a wrong configuration, an
 * expired form, a page that does not exist), each findable by support: every request has
 * an id, shown on the page and in its log lines, and a flood of client errors cannot
 * flood the log.
 */
@NullMarked
package com.cognitoselfservice.errorpages;

import org.jspecify.annotations.NullMarked;

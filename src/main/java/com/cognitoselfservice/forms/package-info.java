/**
 * How a form is bound and shown again with its errors: plain field names only, a refusal
 * next to its field or above the form, and the status a refused form answers with.
 */
@NullMarked
package com.cognitoselfservice.forms;

import org.jspecify.annotations.NullMarked;

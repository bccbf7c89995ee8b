/**
 * Flow state held in the server-side session between the screens of one flow.
 */
@NullMarked
package com.cognitoselfservice.flow;

import org.jspecify.annotations.NullMarked;

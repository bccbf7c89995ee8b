/**
 * A proof-of-work challenge (the ALTCHA protocol) on the forms that make Cognito calls,
 * asked for only when an address nears its limits or the app nears its Cognito budget: a
 * browser spends a moment's work, a bot spends it on every request.
 */
@NullMarked
package com.cognitoselfservice.proofofwork;

import org.jspecify.annotations.NullMarked;

/**
 * The deployment's keys ({@code RESET_SESSION_KEY}, and the one a rotation replaces):
 * sealing what Redis holds, and signing or hashing what the app must recognise later
 * without storing it (form tokens, store keys), plus the random tokens it hands out.
 */
@NullMarked
package com.cognitoselfservice.deploymentkeys;

import org.jspecify.annotations.NullMarked;

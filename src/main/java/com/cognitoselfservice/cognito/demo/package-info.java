/**
 * Demo mode: the embedded Cognito emulator, the seeded demo pool and the mailbox of sent
 * codes.
 */
@NullMarked
package com.cognitoselfservice.cognito.demo;

import org.jspecify.annotations.NullMarked;

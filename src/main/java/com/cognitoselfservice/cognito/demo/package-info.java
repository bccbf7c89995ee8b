/**
 * Demo mode: the embedded Cognito emulator, the seeded demo pool and the mailbox of sent
 * codes, which the demo's mailbox page shows.
 */
@NullMarked
@NamedInterface("demo")
package com.cognitoselfservice.cognito.demo;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;

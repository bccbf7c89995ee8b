/**
 * Demo mode ({@code --spring.profiles.active=demo}): the Cognito emulator started for the
 * app (or found), the seeded demo pool and users, and {@code /dev/mailbox}, which shows
 * the codes and notices the emulator "sent". Nothing of it runs without the profile.
 */
@NullMarked
package com.cognitoselfservice.demo;

import org.jspecify.annotations.NullMarked;

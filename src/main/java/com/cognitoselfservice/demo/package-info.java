/**
 * {@code /dev/mailbox}: demo mode's view of the codes the emulator sent.
 */
@NullMarked
package com.cognitoselfservice.demo;

import org.jspecify.annotations.NullMarked;

/**
 * The forgot-password flow across its screens: the code sent, the cooldown, the
 * confirmation, the flow held in the session in between, and how a flow ended (for the
 * done page).
 */
@NullMarked
package com.cognitoselfservice.flow;

import org.jspecify.annotations.NullMarked;

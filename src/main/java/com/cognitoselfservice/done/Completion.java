package com.cognitoselfservice.done;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * Which flow just ended and for whom, for the done page and the message it posts to an
 * embedding product.
 */
public record Completion(String flow, @Nullable String username) implements Serializable {
}

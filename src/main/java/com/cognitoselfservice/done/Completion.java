package com.cognitoselfservice.done;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * Which flow just ended, and the allowed {@code return_to} it carried, for the done page.
 */
public record Completion(String flow, @Nullable String returnTo) implements Serializable {
}

package com.cognitoselfservice.cognito;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserContextDataType;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.cognitoselfservice.abuse.ClientAddress;

/**
 * Every Cognito call a request makes shares one deadline,
 * {@code COGNITO_API_CALL_TIMEOUT} from the request's start, whatever the number of calls
 * and attempts: a sign-in is two calls, each of which may be tried again, and a person
 * waits for all of them. A call made outside a request (the start-up check) has its own
 * timeouts only.
 */
@Component
class PersonRequests extends OncePerRequestFilter {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    // Only the address: the context Cognito reads is made when a call needs it, not for
    // every page view and asset.
    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    private final Duration perRequest;

    PersonRequests(CognitoProperties properties) {
        this.perRequest = properties.apiCallTimeout();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DEADLINE.set(System.nanoTime() + perRequest.toNanos());
        ADDRESS.set(ClientAddress.exact(request));
        try {
            chain.doFilter(request, response);
        }
        finally {
            DEADLINE.remove();
            ADDRESS.remove();
        }
    }

    /** The person's address for Cognito's threat protection; null outside a request. */
    static @Nullable UserContextDataType context() {
        String address = ADDRESS.get();
        return (address != null) ? UserContextDataType.builder().ipAddress(address).build() : null;
    }

    /** What is left of this request's time for Cognito; null outside a request. */
    static @Nullable Duration left() {
        Long deadline = DEADLINE.get();
        return (deadline != null) ? Duration.ofNanos(Math.max(0, deadline - System.nanoTime())) : null;
    }

}

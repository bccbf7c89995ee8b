package com.cognitoselfservice.sharedstore;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.DataAccessException;

/**
 * The shared store (Redis) cannot be reached just now. What was kept in it is still
 * there: the person is told to try again in a moment, not to start over.
 */
public class StoreUnavailable extends RuntimeException {

    private static final String NOTICED = StoreUnavailable.class.getName();

    public StoreUnavailable(Throwable cause) {
        super("The shared store cannot be reached: " + cause.getClass().getSimpleName(), cause);
    }

    private StoreUnavailable() {
        super("The shared store could not be reached for this request's session");
    }

    /**
     * Runs a command against the shared store.
     * @throws StoreUnavailable when the store could not be reached
     */
    public static <T> T whenReachable(Supplier<T> command) {
        try {
            return command.get();
        }
        catch (DataAccessException ex) {
            throw new StoreUnavailable(ex);
        }
    }

    /**
     * Notes that this request's session could not be read, so that the request goes on as
     * one without a session only where that is right (an entry page).
     */
    public static void notice(HttpServletRequest request) {
        request.setAttribute(NOTICED, Boolean.TRUE);
    }

    public static boolean noticed(HttpServletRequest request) {
        return request.getAttribute(NOTICED) != null;
    }

    /** A page that needs the session its request could not read. */
    public static StoreUnavailable forSessionOf(HttpServletRequest request) {
        return new StoreUnavailable();
    }

}

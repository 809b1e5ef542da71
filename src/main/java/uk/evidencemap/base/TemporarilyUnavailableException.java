package uk.evidencemap.base;

import java.time.Duration;

/**
 * The database refused a change for a reason a retry may cure (a deadlock between two writers, a
 * lock that could not be taken in time, a lost connection), and retrying a few times did not cure
 * it. Nothing was written. The API answers 503 with {@code Retry-After}; a person is asked to try
 * again.
 */
public class TemporarilyUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public TemporarilyUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the caller should wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}

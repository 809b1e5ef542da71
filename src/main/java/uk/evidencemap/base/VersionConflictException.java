package uk.evidencemap.base;

/**
 * A write named a version that is no longer current: someone else changed the thing first.
 * Carries the current state so that the caller can show it and let the person choose.
 */
public class VersionConflictException extends RuntimeException {

    private final transient Object current;

    public VersionConflictException(String message, Object current) {
        super(message);
        this.current = current;
    }

    public Object current() {
        return current;
    }
}

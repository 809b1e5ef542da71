package uk.evidencemap.base;

/**
 * One thing wrong with some input: the field (or row, or value) it concerns and a
 * message a person can act on.
 */
public record Violation(String field, String message) {

    @Override
    public String toString() {
        return field == null || field.isBlank() ? message : field + ": " + message;
    }
}

package uk.evidencemap.analysis;

/**
 * Something that could help: a node (a programme, an enabler) and why it is suggested. For a
 * cross-area suggestion {@code areaId} and {@code areaName} say where it comes from; otherwise
 * they are null.
 */
public record Suggestion(Subject subject, String text, String areaId, String areaName) {

    static Suggestion here(Subject subject, String text) {
        return new Suggestion(subject, text, null, null);
    }
}

package uk.evidencemap.analysis;

import java.util.List;

/**
 * One gap: its kind, a severity from 1 (minor) to 5 (critical), the node it is about, the
 * reason in plain English, and suggestions.
 */
public record Gap(GapKind kind, int severity, Subject subject, String reason, List<Suggestion> suggestions) {

    public Gap {
        suggestions = List.copyOf(suggestions);
    }
}

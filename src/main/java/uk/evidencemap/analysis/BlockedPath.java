package uk.evidencemap.analysis;

import java.util.List;

/**
 * An implementation path, commissioner -> intervention -> deliverer and intervention -> need,
 * with the barriers that block it and suggestions. A part of the path the map does not have
 * (no commissioner yet, say) is null.
 *
 * @param suggestions every suggestion of {@code help}, barrier by barrier, each once; empty when there is
 *                    none yet
 * @param help        for each barrier that blocks the path (once each, in the order of {@code blockers}):
 *                    suggestions matched to that barrier and the ERIC strategies applied against barriers like it
 *                    ({@link BarrierHelp}); empty before {@link AnalysisService#blockedPaths} adds them
 */
public record BlockedPath(
        Subject commissioner,
        Subject intervention,
        Subject deliverer,
        Subject need,
        List<Blocker> blockers,
        List<Suggestion> suggestions,
        List<BarrierHelp> help) {

    public BlockedPath {
        blockers = List.copyOf(blockers);
        suggestions = List.copyOf(suggestions);
        help = List.copyOf(help);
    }

    /** A path as the pure analysis finds it, before any help is matched to its barriers. */
    public BlockedPath(
            Subject commissioner,
            Subject intervention,
            Subject deliverer,
            Subject need,
            List<Blocker> blockers,
            List<Suggestion> suggestions) {
        this(commissioner, intervention, deliverer, need, blockers, suggestions, List.of());
    }

    /**
     * The suggestions barrier by barrier, as pages, files and the briefing show them: "For 'Grant ends'
     * (Funding): ..." for each suggestion of each blocking barrier, and "For 'Grant ends' (Funding): No
     * suggestion yet" for a barrier without one.
     */
    public List<String> suggestionLines() {
        List<String> lines = new java.util.ArrayList<>();
        for (BarrierHelp h : help) {
            String lead = "For '" + h.barrier().name() + "' (" + h.category() + "): ";
            if (h.suggestions().isEmpty()) {
                lines.add(lead + BarrierHelp.NO_SUGGESTION);
            } else {
                h.suggestions().forEach(s -> lines.add(lead + s.text()));
            }
        }
        return lines;
    }
}

package uk.evidencemap.analysis;

import java.util.List;

/**
 * An implementation path, commissioner -> intervention -> deliverer and intervention -> need,
 * with the barriers that block it and suggestions. A part of the path the map does not have
 * (no commissioner yet, say) is null.
 */
public record BlockedPath(
        Subject commissioner,
        Subject intervention,
        Subject deliverer,
        Subject need,
        List<Blocker> blockers,
        List<Suggestion> suggestions) {

    public BlockedPath {
        blockers = List.copyOf(blockers);
        suggestions = List.copyOf(suggestions);
    }
}

package uk.evidencemap.map;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The port through which the map's node panel shows what was done about barriers like a barrier: the
 * analyses (a floor above the map) answer it, as {@code analysis.AnalysisService#barrierHelp} finds it
 * (decision 021), so the map page can show it without depending on them.
 */
public interface BarrierHelpLines {

    /**
     * What helped with barriers like this one: its suggestions (in this area, in the other areas the
     * current user may read, counts for the others) and the ERIC strategies applied against such
     * barriers with how many of those barriers are now mitigated or resolved.
     *
     * @return the lines as they are shown, or empty when the area has no barrier with this id
     * @throws AccessDeniedException if the current user may not read the area
     */
    Optional<Lines> forBarrier(String areaId, String barrierId);

    /**
     * @param suggestions the suggestions in words; empty: "No suggestion yet"
     * @param strategies  one line per ERIC strategy, most used first ("Access new funding: against 3 barriers
     *                    like it in all areas (2 now mitigated or resolved), 1 of them here (...)")
     */
    record Lines(List<String> suggestions, List<String> strategies) {

        public Lines {
            suggestions = List.copyOf(suggestions);
            strategies = List.copyOf(strategies);
        }
    }
}

package uk.evidencemap.analysis;

import java.util.List;

/**
 * What could help with one barrier: what was done about barriers like it (the same category, or
 * the same CFIR 2.0 construct) in this area and in the others, as {@link BarrierAdvice} finds it
 * (docs/analyses.md "Suggestions for a blocked path"; decision 021).
 *
 * @param barrier       the barrier
 * @param category      its category by label ("Funding"), never the code
 * @param cfirConstruct its CFIR construct by name ("Inner Setting: Available Resources: Funding"), or null
 * @param suggestions   enablers here that mitigate barriers like it (named, with that barrier and its status);
 *                      enablers of other areas the reader may read (area, enabler and barrier named); counts
 *                      only for the areas they may not; and the strategies most used; empty: no suggestion yet
 * @param strategies    the ERIC strategies applied against barriers like it, most used first
 */
public record BarrierHelp(
        Subject barrier,
        String category,
        String cfirConstruct,
        List<Suggestion> suggestions,
        List<StrategyUse> strategies) {

    /** Said where a barrier has no suggestion. */
    public static final String NO_SUGGESTION = "No suggestion yet";

    public BarrierHelp {
        suggestions = List.copyOf(suggestions);
        strategies = List.copyOf(strategies);
    }

    /**
     * One ERIC strategy applied (named by an enabler that MITIGATES the barrier) against barriers like
     * this one. Counts only: no area or enabler is named, so the same figures are shown to everyone.
     *
     * @param code                    the strategy's code ({@code taxonomy.EricStrategy})
     * @param name                    its name as Powell et al. 2015 give it
     * @param barriersHere            barriers like this one in this area it was applied against (count)
     * @param settledHere             of those, how many are now mitigated or resolved (count, by their status)
     * @param barriersAllAreas        the same in every area, this one included (count)
     * @param settledAllAreas         of those, how many are now mitigated or resolved (count)
     */
    public record StrategyUse(
            String code, String name, int barriersHere, int settledHere, int barriersAllAreas, int settledAllAreas) {

        /**
         * "Access new funding: against 3 barriers like it in all areas (2 now mitigated or resolved), 1 of
         * them here (1 mitigated or resolved)".
         */
        public String text() {
            return name + ": against " + barriers(barriersAllAreas) + " like it in all areas (" + settledAllAreas
                    + " now mitigated or resolved)"
                    + (barriersHere == 0
                            ? ", none here"
                            : ", " + barriersHere + " of them here (" + settledHere + " mitigated or resolved)");
        }

        private static String barriers(int n) {
            return n == 1 ? "1 barrier" : n + " barriers";
        }
    }
}

package uk.evidencemap.analysis;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.evidencemap.map.BarrierHelpLines;

/** Answers the map's node panel with the help {@link AnalysisService#barrierHelp} finds for a barrier. */
@Component
class BarrierHelpForMap implements BarrierHelpLines {

    private final AnalysisService analyses;

    BarrierHelpForMap(AnalysisService analyses) {
        this.analyses = analyses;
    }

    @Override
    public Optional<Lines> forBarrier(String areaId, String barrierId) {
        return analyses.barrierHelp(areaId, barrierId)
                .map(help -> new Lines(
                        help.suggestions().stream()
                                .map(Suggestion::text)
                                .filter(t -> !t.startsWith("Strategies used"))
                                .toList(),
                        help.strategies().stream()
                                .map(BarrierHelp.StrategyUse::text)
                                .toList()));
    }
}

package uk.evidencemap.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.map.MapFigures;

/**
 * The network figures the map page draws ("size by", "colour by community"): those of the
 * analysis page's Network tab ({@link AnalysisService#network}), by node id, so that the map and
 * the table of figures always agree.
 */
@Service
@Transactional(readOnly = true)
public class MapFiguresService implements MapFigures {

    private final AnalysisService analysis;

    MapFiguresService(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @Override
    @PreAuthorize("@access.canRead(#areaId)")
    public Map<String, Figures> of(String areaId) {
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (NodeFigures f : analysis.network(areaId).nodes()) {
            figures.put(
                    f.node().id(),
                    new Figures(f.degree(), f.betweenness(), f.eigenvector(), f.closeness(), f.reach(), f.community()));
        }
        return figures;
    }
}

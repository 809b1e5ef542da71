package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;

/** After a change commits, the area's analyses are computed in the background, from the changed map. */
@IntegrationTest
class AnalysisWarmerIT {

    @Autowired
    AnalysisCache cache;

    @Autowired
    MapService map;

    @Autowired
    TestAreas areas;

    String area;

    @AfterEach
    void tearDown() {
        if (area != null) {
            areas.delete(area);
        }
    }

    @Test
    void aChangedAreaIsAnalysedAgainWithoutAnyoneAsking() throws InterruptedException {
        area = areas.create();
        MapNode need = map.createNode(area, new NodeDraft(NodeType.NEED, "Speech and language", Map.of("priority", 5)));

        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline
                && cache.current(area)
                        .filter(c -> c.results().graph().nodes().stream().anyMatch(n -> n.id().equals(need.id())))
                        .isEmpty()) {
            Thread.sleep(50);
        }
        var computed = cache.current(area).orElseThrow(() -> new AssertionError("not computed in 20 s"));
        assertThat(computed.gaps()).extracting(g -> g.subject().name()).containsExactly("Speech and language");
    }
}

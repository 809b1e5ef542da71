package uk.evidencemap.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;

/** Committed changes reach the followers of their area, in order, and only of their area. */
@IntegrationTest
class LiveChangesIT {

    @Autowired
    TestAreas testAreas;

    @Autowired
    MapService map;

    @Autowired
    HistoryService history;

    String area;
    String other;

    @BeforeEach
    void twoAreas() {
        area = testAreas.create();
        other = testAreas.create();
    }

    @AfterEach
    void tearDown() {
        testAreas.delete(area);
        testAreas.delete(other);
    }

    @Test
    void followersOfAnAreaGetItsCommittedChangesInOrderAndNothingElse() {
        List<Change> heard = new CopyOnWriteArrayList<>();
        List<Change> heardElsewhere = new CopyOnWriteArrayList<>();
        Runnable stop = history.follow(area, heard::add);
        Runnable stopOther = history.follow(other, heardElsewhere::add);
        for (int i = 0; i < 5; i++) {
            map.createNode(area, new NodeDraft(NodeType.NEED, "Need " + i, Map.of()));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() == 5);
        assertThat(heard)
                .extracting(Change::subjectName)
                .containsExactly("Need 0", "Need 1", "Need 2", "Need 3", "Need 4");
        assertThat(heardElsewhere).isEmpty();
        stop.run();
        map.createNode(area, new NodeDraft(NodeType.NEED, "Unheard", Map.of()));
        map.createNode(other, new NodeDraft(NodeType.NEED, "Heard there", Map.of()));
        await().atMost(Duration.ofSeconds(5)).until(() -> heardElsewhere.size() == 1);
        assertThat(heard).hasSize(5);
        stopOther.run();
    }
}

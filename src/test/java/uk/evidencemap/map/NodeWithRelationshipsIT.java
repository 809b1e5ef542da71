package uk.evidencemap.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.GapKind;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.HistoryService;

/**
 * A barrier added with what it blocks, an enabler with the barriers it mitigates: one transaction,
 * one change in the log, taken back and made again whole by undo and redo, and nothing written when
 * any part is refused.
 */
@IntegrationTest
class NodeWithRelationshipsIT {

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers users;

    @Autowired
    MapService map;

    @Autowired
    MapHistoryService history;

    @Autowired
    HistoryService log;

    @Autowired
    AnalysisService analyses;

    String area;
    String ana;
    String other;
    MapNode epec;
    MapNode hub;

    @BeforeEach
    void anArea() {
        AreaWithUsers made = testAreas.withUsers();
        area = made.id();
        ana = made.editor().username();
        other = testAreas.create();
        epec = users.as(
                ana,
                () -> map.createNode(
                        area,
                        new NodeDraft(NodeType.INTERVENTION, "EPEC groups", Map.of("stage", "FULL_IMPLEMENTATION"))));
        hub = users.as(
                ana,
                () -> map.createNode(
                        area, new NodeDraft(NodeType.ORGANISATION, "North hub", Map.of("kind", "FAMILY_HUB"))));
    }

    @AfterEach
    void tearDown() {
        testAreas.delete(area);
        testAreas.delete(other);
        users.deleteAll();
    }

    private static NodeDraft barrier(String name) {
        return new NodeDraft(NodeType.BARRIER, name, Map.of("category", "FUNDING", "severity", 4L));
    }

    private List<MapRelationship> relationships() {
        return map.graph(area).relationships();
    }

    @Test
    void aBarrierWithWhatItBlocksIsOneChangeThatUndoTakesBackWholeAndRedoMakesAgain() {
        analyses.gaps(area); // the analyses hold the map and follow the change log from here
        long before = log.since(area, 0).size();
        MapNode grant = users.as(
                ana,
                () -> map.createNode(
                        area, barrier("Short-term grant"), RelationshipType.BLOCKS, List.of(epec.id(), hub.id())));

        assertThat(grant.properties()).as("open by default").containsEntry("status", "OPEN");
        assertThat(relationships())
                .extracting(r -> r.type() + " " + r.from() + " " + r.to())
                .containsExactlyInAnyOrder(
                        "BLOCKS " + grant.id() + " " + epec.id(), "BLOCKS " + grant.id() + " " + hub.id());
        List<Change> changes = log.since(area, 0);
        assertThat(changes).hasSize((int) before + 1);
        Change made = changes.getLast();
        assertThat(made.action()).isEqualTo(ChangeAction.NODE_CREATED);
        assertThat(made.user()).isEqualTo(ana);
        assertThat(MapReplay.relationshipsMadeWith(made)).hasSize(2);
        assertThat(analyses.gaps(area))
                .as("the analyses kept from the change log see what the barrier blocks")
                .anySatisfy(g -> {
                    assertThat(g.kind()).isEqualTo(GapKind.UNMITIGATED_BARRIER);
                    assertThat(g.subject().id()).isEqualTo(grant.id());
                });
        assertThat(analyses.blockedPaths(area))
                .flatExtracting(p -> p.blockers())
                .extracting(b -> b.barrier().id())
                .contains(grant.id());
        assertThat(history.graphAt(area, Instant.now()).relationships())
                .as("the past map replays the relationships with the node")
                .hasSize(2);

        users.as(ana, () -> history.undo(area));
        assertThat(map.node(area, grant.id())).isEmpty();
        assertThat(relationships()).isEmpty();
        assertThat(analyses.blockedPaths(area)).isEmpty();

        users.as(ana, () -> history.redo(area));
        assertThat(map.node(area, grant.id())).isPresent();
        assertThat(relationships()).hasSize(2).allMatch(r -> r.type() == RelationshipType.BLOCKS);
        assertThat(analyses.blockedPaths(area)).isNotEmpty();
    }

    @Test
    void anEnablerWithTheBarriersItMitigatesIsMadeInOneChange() {
        MapNode grant = users.as(ana, () -> map.createNode(area, barrier("Short-term grant")));
        MapNode pool = users.as(
                ana,
                () -> map.createNode(
                        area,
                        new NodeDraft(
                                NodeType.ENABLER,
                                "Pooled budget",
                                Map.of("category", "FUNDING_AND_CAPACITY", "strength", 4L)),
                        RelationshipType.MITIGATES,
                        List.of(grant.id(), grant.id())));
        assertThat(relationships()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(RelationshipType.MITIGATES);
            assertThat(r.from()).isEqualTo(pool.id());
            assertThat(r.to()).isEqualTo(grant.id());
        });
    }

    @Test
    void aRefusedPartWritesNothingAndEveryProblemIsNamed() {
        MapNode elsewhere = map.createNode(
                other, new NodeDraft(NodeType.INTERVENTION, "Elsewhere", Map.of("stage", "EXPLORATION")));
        MapNode need =
                users.as(ana, () -> map.createNode(area, new NodeDraft(NodeType.NEED, "Early language", Map.of())));
        long before = log.since(area, 0).size();
        int nodes = map.graph(area).nodes().size();

        assertThatThrownBy(() -> users.as(
                        ana,
                        () -> map.createNode(
                                area,
                                new NodeDraft(NodeType.BARRIER, "Grant", Map.of("severity", 9L)),
                                RelationshipType.BLOCKS,
                                List.of(epec.id(), elsewhere.id(), need.id(), "no-such-node"))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .contains("severity", "blocks")
                                .filteredOn("blocks"::equals)
                                .hasSize(3));
        assertThatThrownBy(() -> users.as(
                        ana,
                        () -> map.createNode(
                                area,
                                new NodeDraft(
                                        NodeType.ENABLER,
                                        "Coach",
                                        Map.of("category", "WORKFORCE_DEVELOPMENT", "strength", 3L)),
                                RelationshipType.BLOCKS,
                                List.of(epec.id()))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("blocks"));

        assertThat(map.graph(area).nodes()).hasSize(nodes);
        assertThat(relationships()).isEmpty();
        assertThat(log.since(area, 0)).hasSize((int) before);
    }
}

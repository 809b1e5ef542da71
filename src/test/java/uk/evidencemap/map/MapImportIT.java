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
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.security.AreaRole;

/** Many nodes and relationships at once: one transaction, one change, undone and redone whole. */
@IntegrationTest
class MapImportIT {

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers users;

    @Autowired
    MapService map;

    @Autowired
    MapImportService imports;

    @Autowired
    MapHistoryService history;

    @Autowired
    NodePlacesService places;

    @Autowired
    HistoryService log;

    String area;
    String ana;
    String ben;
    MapNode funding;

    @BeforeEach
    void anAreaWithABarrierAndTwoEditors() {
        AreaWithUsers made = testAreas.withUsers();
        area = made.id();
        ana = made.editor().username();
        ben = users.member(area, AreaRole.EDITOR).username();
        funding = users.as(
                ana,
                () -> map.createNode(
                        area,
                        new NodeDraft(
                                NodeType.BARRIER,
                                "Short-term funding",
                                Map.of("category", "FUNDING", "severity", 4L, "status", "OPEN"))));
    }

    @AfterEach
    void tearDown() {
        testAreas.delete(area);
        users.deleteAll();
    }

    /** Two factors in a loop, one influencing the barrier already on the map. */
    private GraphDraft loop() {
        return new GraphDraft(
                "workshop.json",
                List.of(
                        new GraphDraft.Node(
                                "a",
                                NodeType.FACTOR,
                                "Economic stress",
                                Map.of("domain", "economic"),
                                10.0,
                                20.0,
                                null),
                        new GraphDraft.Node(
                                "b",
                                NodeType.FACTOR,
                                "Parental conflict",
                                Map.of("field.Source", "Kumu"),
                                null,
                                null,
                                null),
                        new GraphDraft.Node("f", NodeType.BARRIER, "ignored", Map.of(), null, null, funding.id())),
                List.of(
                        new GraphDraft.Link(RelationshipType.INFLUENCES, "a", "b", Map.of("polarity", "SAME")),
                        new GraphDraft.Link(RelationshipType.INFLUENCES, "b", "a", Map.of("polarity", "OPPOSITE")),
                        new GraphDraft.Link(RelationshipType.INFLUENCES, "a", "f", Map.of())));
    }

    @Test
    void anImportIsOneChangeThatUndoTakesBackWholeAndRedoBringsBack() {
        long before = users.as(ana, () -> log.since(area, 0)).getLast().seq();
        ImportedGraph done = users.as(ana, () -> imports.importGraph(area, loop()));

        assertThat(done.nodesCreated()).isEqualTo(2);
        assertThat(done.nodesUsed()).isEqualTo(1);
        assertThat(done.relationshipsCreated()).isEqualTo(3);
        AreaGraph graph = users.as(ana, () -> map.graph(area));
        assertThat(graph.nodes())
                .extracting(MapNode::name)
                .containsExactlyInAnyOrder("Short-term funding", "Economic stress", "Parental conflict");
        MapNode stress = graph.nodes().stream()
                .filter(n -> n.name().equals("Economic stress"))
                .findFirst()
                .orElseThrow();
        assertThat(stress.properties()).containsEntry("domain", "economic");
        assertThat(graph.relationships())
                .extracting(r -> r.properties().get("polarity"))
                .containsExactlyInAnyOrder("SAME", "OPPOSITE", "UNKNOWN");
        assertThat(users.as(ana, () -> places.positions(area))).containsEntry(stress.id(), new NodePosition(10, 20));
        List<Change> recorded = users.as(ana, () -> log.since(area, before));
        assertThat(recorded).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(ChangeAction.MAP_IMPORTED);
            assertThat(c.summary()).isEqualTo("imported 'workshop.json': 2 nodes and 3 relationships");
        });

        users.as(ana, () -> history.undo(area));
        assertThat(users.as(ana, () -> map.graph(area)).nodes())
                .extracting(MapNode::name)
                .containsExactly("Short-term funding");
        assertThat(users.as(ana, () -> map.graph(area)).relationships()).isEmpty();

        users.as(ana, () -> history.redo(area));
        AreaGraph again = users.as(ana, () -> map.graph(area));
        assertThat(again.nodes()).hasSize(3);
        assertThat(again.relationships()).hasSize(3);
        assertThat(again.nodes()).extracting(MapNode::id).contains(stress.id());
    }

    @Test
    void undoIsRefusedWhenSomeoneElseHasWorkedOnWhatWasImported() {
        users.as(ana, () -> imports.importGraph(area, loop()));
        MapNode conflict = users.as(ben, () -> map.graph(area)).nodes().stream()
                .filter(n -> n.name().equals("Parental conflict"))
                .findFirst()
                .orElseThrow();
        users.as(ben, () -> map.updateNode(area, conflict.id(), new NodeChange(null, Map.of("domain", "family"), 0L)));

        assertThatThrownBy(() -> users.as(ana, () -> history.undo(area)))
                .isInstanceOf(StepConflictException.class)
                .hasMessage(
                        "Not undone: 1 of its nodes has been changed since ('Parental conflict'). Take that back first.");
        assertThat(users.as(ana, () -> map.graph(area)).nodes()).hasSize(3);
    }

    @Test
    void aPastMapReplaysTheImportAndItsUndo() throws InterruptedException {
        users.as(ana, () -> imports.importGraph(area, loop()));
        Thread.sleep(20);
        Instant afterImport = Instant.now();
        Thread.sleep(20);
        users.as(ana, () -> history.undo(area));

        assertThat(users.as(ana, () -> history.graphAt(area, afterImport)).nodes())
                .hasSize(3);
        assertThat(users.as(ana, () -> history.graphAt(area, Instant.now())).nodes())
                .hasSize(1);
    }

    @Test
    void aDraftThatBreaksTheModelIsRefusedWholeWithEveryProblemNamedAndNothingWritten() {
        GraphDraft bad = new GraphDraft(
                "bad.json",
                List.of(
                        new GraphDraft.Node("p", NodeType.PERSON, "Ada", Map.of(), null, null, null),
                        new GraphDraft.Node("q", NodeType.FACTOR, " ", Map.of(), null, null, null),
                        new GraphDraft.Node("r", NodeType.FACTOR, "Rent arrears", Map.of(), null, null, null),
                        new GraphDraft.Node("s", NodeType.FACTOR, "Debt", Map.of(), null, null, null)),
                List.of(
                        new GraphDraft.Link(RelationshipType.INFLUENCES, "p", "r", Map.of()),
                        new GraphDraft.Link(RelationshipType.INFLUENCES, "r", "missing", Map.of()),
                        new GraphDraft.Link(RelationshipType.INFLUENCES, "r", "s", Map.of("polarity", "++")),
                        new GraphDraft.Link(RelationshipType.INFLUENCES, "s", "s", Map.of())));

        assertThatThrownBy(() -> users.as(ana, () -> imports.importGraph(area, bad)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("node 'p': role: is required for Person")
                .hasMessageContaining("node 'q': name:")
                .hasMessageContaining("link 1: INFLUENCES goes from a Factor")
                .hasMessageContaining("link 2: names 'missing', which is not a node of the file")
                .hasMessageContaining("link 3: polarity: '++' is not one of SAME, OPPOSITE, UNKNOWN")
                .hasMessageContaining("link 4: joins 'Debt' to itself");
        assertThat(users.as(ana, () -> map.graph(area)).nodes()).hasSize(1);
    }

    @Test
    void aRelationshipAlreadyOnTheMapIsNotMadeTwice() {
        users.as(ana, () -> imports.importGraph(area, loop()));
        MapNode stress = users.as(ana, () -> map.graph(area)).nodes().stream()
                .filter(n -> n.name().equals("Economic stress"))
                .findFirst()
                .orElseThrow();
        GraphDraft again = new GraphDraft(
                "again.json",
                List.of(
                        new GraphDraft.Node("x", NodeType.FACTOR, "Economic stress", Map.of(), null, null, stress.id()),
                        new GraphDraft.Node(
                                "f", NodeType.BARRIER, "Short-term funding", Map.of(), null, null, funding.id())),
                List.of(new GraphDraft.Link(RelationshipType.INFLUENCES, "x", "f", Map.of())));

        assertThatThrownBy(() -> users.as(ana, () -> imports.importGraph(area, again)))
                .hasMessageContaining(
                        "link 1: 'Economic stress' influences 'Short-term funding' is on the map already");
    }
}

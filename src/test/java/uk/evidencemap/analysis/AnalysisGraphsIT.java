package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.MapHistoryService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeChange;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipDraft;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.security.SystemUser;
import uk.evidencemap.taxonomy.EvidenceRating;

/**
 * The analyses' copy of a map, brought up to date from the change log, is always exactly what a
 * fresh read of the database gives, and gives the same findings, whatever kind of change is made.
 */
@IntegrationTest
class AnalysisGraphsIT {

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
    CatalogueService catalogue;

    @Autowired
    AnalysisService analyses;

    @Autowired
    AnalysisGraphs graphs;

    @Autowired
    AnalysisRepository repository;

    @Autowired
    AnalysisCache cache;

    @Autowired
    Driver driver;

    @Autowired
    SystemUser system;

    String area;
    String editor;
    String programme;

    @BeforeEach
    void anAreaWithAnEditor() {
        AreaWithUsers made = testAreas.withUsers();
        area = made.id();
        editor = made.editor().username();
    }

    @AfterEach
    void tearDown() {
        testAreas.deleteAll();
        if (programme != null) {
            testAreas.deleteProgramme(programme);
        }
        users.deleteAll();
    }

    private <T> T asEditor(Supplier<T> work) {
        return users.as(editor, work);
    }

    private MapNode node(NodeType type, String name, Map<String, Object> properties) {
        return asEditor(() -> map.createNode(area, new NodeDraft(type, name, properties)));
    }

    private String connect(RelationshipType type, MapNode from, MapNode to) {
        return asEditor(() -> map.createRelationship(area, new RelationshipDraft(type, from.id(), to.id(), Map.of())))
                .id();
    }

    /** The held copy, brought up to date, against a fresh read and the findings computed from it. */
    private void assertHeldCopyIsTheMapNow() {
        AreaGraph held = graphs.current(area);
        AreaGraph fresh = repository.graph(area);
        assertThat(held.nodes())
                .extracting(AnalysisGraphsIT::describe)
                .containsExactlyInAnyOrderElementsOf(
                        fresh.nodes().stream().map(AnalysisGraphsIT::describe).toList());
        assertThat(held.relationships())
                .extracting(r -> r.type() + " " + r.from() + " " + r.to())
                .containsExactlyInAnyOrderElementsOf(fresh.relationships().stream()
                        .map(r -> r.type() + " " + r.from() + " " + r.to())
                        .toList());
        AreaAnalysis expected = new AreaAnalysis(fresh, EvidenceRating.LEVEL_3);
        asEditor(() -> {
            assertThat(analyses.gaps(area)).containsExactlyElementsOf(expected.gaps());
            assertThat(analyses.champions(area)).isEqualTo(expected.champions());
            assertThat(analyses.blockedPaths(area))
                    .extracting(p -> p.intervention().name() + p.blockers())
                    .containsExactlyElementsOf(expected.blockedPaths().stream()
                            .map(p -> p.intervention().name() + p.blockers())
                            .toList());
            return null;
        });
    }

    private static String describe(MapNode n) {
        return n.id() + " " + n.type() + " " + n.name() + " " + new TreeMap<>(n.properties());
    }

    @Test
    void everyKindOfChangeIsAppliedToTheHeldCopyWithoutReadingTheAreaAgain() {
        MapNode leader = node(NodeType.PERSON, "Leader", Map.of("role", "LOCAL_EVIDENCE_LEADER"));
        MapNode council = node(NodeType.ORGANISATION, "Council", Map.of("kind", "LOCAL_AUTHORITY"));
        MapNode hub = node(NodeType.ORGANISATION, "Hub", Map.of("kind", "FAMILY_HUB"));
        MapNode groups = node(NodeType.INTERVENTION, "Parenting groups", Map.of("stage", "FULL_IMPLEMENTATION"));
        MapNode need = node(NodeType.NEED, "Behaviour", Map.of("priority", 4L));
        MapNode barrier = node(
                NodeType.BARRIER, "Short-term grant", Map.of("category", "FUNDING", "severity", 4L, "status", "OPEN"));
        connect(RelationshipType.WORKS_FOR, leader, council);
        connect(RelationshipType.COMMISSIONS, council, groups);
        connect(RelationshipType.DELIVERS, hub, groups);
        connect(RelationshipType.ADDRESSES, groups, need);
        connect(RelationshipType.BLOCKS, barrier, groups);
        assertHeldCopyIsTheMapNow();
        long reads = graphs.wholeReads(area);

        // a node changed, one added, a relationship added and taken away, a node with relationships deleted
        asEditor(() -> map.updateNode(
                area, barrier.id(), new NodeChange("Short-term grant funding", Map.of("severity", 5L), null)));
        assertHeldCopyIsTheMapNow();
        MapNode enabler =
                node(NodeType.ENABLER, "Pooled budget", Map.of("category", "FUNDING_AND_CAPACITY", "strength", 4L));
        String mitigates = connect(RelationshipType.MITIGATES, enabler, barrier);
        assertHeldCopyIsTheMapNow();
        asEditor(() -> {
            map.deleteRelationship(area, mitigates);
            return null;
        });
        connect(RelationshipType.CHAMPIONS, leader, groups);
        assertHeldCopyIsTheMapNow();
        asEditor(() -> {
            map.deleteNode(area, hub.id(), null);
            return null;
        });
        assertHeldCopyIsTheMapNow();

        // undo (the deletion comes back with its relationship), redo, and restore
        asEditor(() -> history.undo(area));
        assertHeldCopyIsTheMapNow();
        asEditor(() -> history.redo(area));
        assertHeldCopyIsTheMapNow();
        long deletion = asEditor(() -> log.since(area, 0)).stream()
                .filter(c -> c.action() == ChangeAction.NODE_DELETED)
                .toList()
                .getLast()
                .seq();
        asEditor(() -> history.restore(area, deletion));
        assertHeldCopyIsTheMapNow();
        assertThat(graphs.wholeReads(area))
                .as("every change applied to the held copy")
                .isEqualTo(reads);

        // a catalogue programme the copy does not hold yet: the area is read whole once
        MapNode strong = system.call(() -> catalogue.create(
                "Test programme " + area, Map.of("evidenceRating", "4", "illustrative", true, "ratingSource", "Test")));
        programme = strong.id();
        asEditor(() -> map.createRelationship(
                area, new RelationshipDraft(RelationshipType.IMPLEMENTS, groups.id(), strong.id(), Map.of())));
        assertHeldCopyIsTheMapNow();
        assertThat(graphs.wholeReads(area))
                .as("read whole (here or by the background warmer)")
                .isGreaterThan(reads);
    }

    /** The sweep behind the area's current champions, computing them if need be. */
    private ShortestPaths.Sweep currentSweep() {
        asEditor(() -> analyses.champions(area));
        return cache.current(area).orElseThrow().championsGraphSoFar().sweep();
    }

    @Test
    void aChangeOutsideTheChampionsGraphKeepsItsSweepAndAChangeInsideItMakesANewOne() {
        MapNode leader = node(NodeType.PERSON, "Leader", Map.of("role", "LOCAL_EVIDENCE_LEADER"));
        MapNode worker = node(NodeType.PERSON, "Worker", Map.of("role", "PRACTITIONER"));
        MapNode council = node(NodeType.ORGANISATION, "Council", Map.of("kind", "LOCAL_AUTHORITY"));
        MapNode groups = node(NodeType.INTERVENTION, "Parenting groups", Map.of("stage", "FULL_IMPLEMENTATION"));
        MapNode barrier = node(
                NodeType.BARRIER, "Short-term grant", Map.of("category", "FUNDING", "severity", 4L, "status", "OPEN"));
        connect(RelationshipType.WORKS_FOR, leader, council);
        connect(RelationshipType.COMMISSIONS, council, groups);
        connect(RelationshipType.BLOCKS, barrier, groups);
        ShortestPaths.Sweep first = currentSweep();

        // a barrier's severity and a new need: people, organisations and interventions are as they were
        asEditor(() ->
                map.updateNode(area, barrier.id(), new NodeChange("Short-term grant", Map.of("severity", 5L), null)));
        node(NodeType.NEED, "Behaviour", Map.of("priority", 4L));
        assertThat(currentSweep()).isSameAs(first);
        assertHeldCopyIsTheMapNow();

        // a person joins the network
        connect(RelationshipType.WORKS_FOR, worker, council);
        assertThat(currentSweep()).isNotSameAs(first);
        assertHeldCopyIsTheMapNow();
    }

    @Test
    void aCatalogueChangeIsSeenEvenWhenNoEventTellsOfIt() {
        MapNode groups = node(NodeType.INTERVENTION, "Parenting groups", Map.of("stage", "FULL_IMPLEMENTATION"));
        MapNode strong = system.call(() -> catalogue.create(
                "Test programme " + area, Map.of("evidenceRating", "4", "illustrative", true, "ratingSource", "Test")));
        programme = strong.id();
        asEditor(() -> map.createRelationship(
                area, new RelationshipDraft(RelationshipType.IMPLEMENTS, groups.id(), strong.id(), Map.of())));
        assertThat(rating(graphs.current(area), strong.id())).isEqualTo("4");

        // as another application instance sharing the database would write it: no event here
        driver.executableQuery("MATCH (p:Programme {id: $id}) SET p.evidenceRating = '2', p.version = p.version + 1")
                .withParameters(Map.of("id", strong.id()))
                .execute();
        assertThat(rating(graphs.current(area), strong.id())).isEqualTo("2");
    }

    @Test
    void severalAreasReadInOneQueryAreEachWhatItsOwnReadGivesAndAreHeldFromThen() {
        MapNode groups = node(NodeType.INTERVENTION, "Parenting groups", Map.of("stage", "FULL_IMPLEMENTATION"));
        MapNode need = node(NodeType.NEED, "Behaviour", Map.of("priority", 4L));
        MapNode stress = node(NodeType.FACTOR, "Household stress", Map.of());
        MapNode sleep = node(NodeType.FACTOR, "Sleep", Map.of());
        connect(RelationshipType.ADDRESSES, groups, need);
        connect(RelationshipType.INFLUENCES, stress, sleep);
        connect(RelationshipType.INFLUENCES, sleep, stress);
        MapNode strong = system.call(() -> catalogue.create(
                "Test programme " + area, Map.of("evidenceRating", "4", "illustrative", true, "ratingSource", "Test")));
        programme = strong.id();
        asEditor(() -> map.createRelationship(
                area, new RelationshipDraft(RelationshipType.IMPLEMENTS, groups.id(), strong.id(), Map.of())));
        MapNode cuts = node(
                NodeType.BARRIER,
                "Budget cuts",
                Map.of("category", "FUNDING", "severity", 3L, "status", "OPEN", "cfirConstruct", "C10"));
        MapNode fund = node(
                NodeType.ENABLER,
                "Pooled fund",
                Map.of(
                        "category",
                        "FUNDING_AND_CAPACITY",
                        "strength",
                        4L,
                        "ericStrategies",
                        List.of("ACCESS_NEW_FUNDING", "ALTER_INCENTIVE_ALLOWANCE_STRUCTURES")));
        MapNode grant = node(NodeType.ENABLER, "Small grant", Map.of("category", "OTHER", "strength", 2L));
        connect(RelationshipType.MITIGATES, fund, cuts);
        connect(RelationshipType.MITIGATES, grant, cuts);
        String other = testAreas.withUsers().id();
        List<String> asked = List.of(area, other, "no-such-area-" + area);

        Map<String, AreaGraph> together = repository.graphs(asked);

        assertThat(together).containsOnlyKeys(asked);
        for (String id : asked) {
            AreaGraph alone = repository.graph(id);
            assertThat(together.get(id).nodes())
                    .as(id)
                    .extracting(AnalysisGraphsIT::describe)
                    .containsExactlyInAnyOrderElementsOf(alone.nodes().stream()
                            .map(AnalysisGraphsIT::describe)
                            .toList());
            assertThat(together.get(id).relationships())
                    .as(id)
                    .containsExactlyInAnyOrderElementsOf(alone.relationships());
        }
        assertThat(together.get(area).nodes()).extracting(MapNode::name).contains("Test programme " + area);
        assertThat(together.get(other).nodes()).isEmpty();

        // the area's own mitigations worked out from its map in memory are those the cross-area read gives
        String name = repository.areaNames().get(area);
        assertThat(new AreaAnalysis(graphs.current(area), EvidenceRating.LEVEL_3).mitigations(name))
                .hasSize(2)
                .containsExactlyInAnyOrderElementsOf(
                        repository.mitigations(List.of(area)).get(area));

        // read whole together, the copies are held: asking for the map now reads nothing more
        graphs.readWhole(List.of(area, other));
        long reads = graphs.wholeReads(area);
        assertThat(graphs.holds(area)).isTrue();
        assertHeldCopyIsTheMapNow();
        assertThat(graphs.wholeReads(area)).isEqualTo(reads);
    }

    private static String rating(AreaGraph graph, String programmeId) {
        return graph.nodes().stream()
                .filter(n -> n.id().equals(programmeId))
                .findFirst()
                .orElseThrow()
                .text("evidenceRating");
    }
}

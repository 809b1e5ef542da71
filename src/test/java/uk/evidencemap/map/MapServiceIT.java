package uk.evidencemap.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.VersionConflictException;
import uk.evidencemap.security.SystemUser;

@IntegrationTest
class MapServiceIT {

    /** A valid set of properties for each type, the smallest the model accepts. */
    static final Map<NodeType, Map<String, Object>> MINIMAL = new EnumMap<>(Map.of(
            NodeType.PERSON, Map.of("role", "LOCAL_EVIDENCE_LEADER"),
            NodeType.ORGANISATION, Map.of("kind", "FAMILY_HUB"),
            NodeType.PROGRAMME, Map.of("evidenceRating", "3"),
            NodeType.INTERVENTION, Map.of("stage", "FULL_IMPLEMENTATION"),
            NodeType.NEED, Map.of("priority", 3),
            NodeType.BARRIER, Map.of("category", "FUNDING", "severity", 4),
            NodeType.ENABLER, Map.of("category", "PARTNERSHIP", "strength", 3),
            NodeType.EVIDENCE, Map.of("kind", "RCT", "year", 2020)));

    @Autowired
    MapService map;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    TestAreas testAreas;

    @Autowired
    SystemUser system;

    String area;
    String otherArea;
    final List<String> programmes = new ArrayList<>();

    @BeforeEach
    void createAreas() {
        area = testAreas.create();
        otherArea = testAreas.create();
    }

    @AfterEach
    void deleteAreas() {
        testAreas.delete(area);
        testAreas.delete(otherArea);
        programmes.forEach(testAreas::deleteProgramme);
    }

    private MapNode node(NodeType type, String name) {
        if (type == NodeType.PROGRAMME) {
            MapNode programme = catalogue.create(name, MINIMAL.get(type));
            programmes.add(programme.id());
            return programme;
        }
        return map.createNode(area, new NodeDraft(type, name, MINIMAL.get(type)));
    }

    @ParameterizedTest
    @EnumSource(value = NodeType.class, mode = EnumSource.Mode.EXCLUDE, names = "PROGRAMME")
    void everyAreaScopedTypeCanBeCreatedReadChangedAndDeleted(NodeType type) {
        MapNode created = map.createNode(area, new NodeDraft(type, "A " + type.label(), MINIMAL.get(type)));
        assertThat(created.id()).hasSize(36);
        assertThat(created.areaId()).isEqualTo(area);
        assertThat(created.version()).isZero();

        assertThat(map.node(area, created.id())).contains(created);
        assertThat(map.nodes(area, type)).containsExactly(created);

        MapNode renamed = map.updateNode(
                area, created.id(), new NodeChange("Renamed " + type.label(), Map.of("description", "Changed"), 0L));
        assertThat(renamed.name()).isEqualTo("Renamed " + type.label());
        assertThat(renamed.version()).isEqualTo(1);
        assertThat(renamed.properties())
                .containsEntry("description", "Changed")
                .containsAllEntriesOf(created.properties());

        map.deleteNode(area, created.id(), 1L);
        assertThat(map.node(area, created.id())).isEmpty();
        assertThat(map.graph(area).nodes()).isEmpty();
    }

    @Test
    void programmesAreSharedCatalogueEntriesNotAreaNodes() {
        assertThatThrownBy(() ->
                        map.createNode(area, new NodeDraft(NodeType.PROGRAMME, "P", MINIMAL.get(NodeType.PROGRAMME))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("a Programme is a shared catalogue entry");

        MapNode programme = node(NodeType.PROGRAMME, "Shared programme");
        assertThat(programme.areaId()).isNull();
        MapNode here = node(NodeType.INTERVENTION, "Here");
        MapNode there = map.createNode(
                otherArea, new NodeDraft(NodeType.INTERVENTION, "There", MINIMAL.get(NodeType.INTERVENTION)));
        map.createRelationship(
                area, new RelationshipDraft(RelationshipType.IMPLEMENTS, here.id(), programme.id(), null));
        map.createRelationship(
                otherArea, new RelationshipDraft(RelationshipType.IMPLEMENTS, there.id(), programme.id(), null));

        AreaGraph graph = map.graph(area);
        assertThat(graph.nodes()).extracting(MapNode::name).containsExactlyInAnyOrder("Here", "Shared programme");
        assertThat(graph.relationships()).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo(here.id());
            assertThat(r.to()).isEqualTo(programme.id());
        });
        assertThat(catalogue.programme(programme.id())).isPresent();
    }

    @ParameterizedTest
    @EnumSource(RelationshipType.class)
    void everyRelationshipTypeCanBeCreatedBetweenEveryPairItAllowsAndDeleted(RelationshipType type) {
        Map<NodeType, MapNode> nodes = new HashMap<>();
        for (NodeType from : type.from()) {
            for (NodeType to : type.to()) {
                MapNode source = nodes.computeIfAbsent(from, t -> node(t, "Source " + t.label()));
                MapNode target = from == to
                        ? node(to, "Target " + to.label())
                        : nodes.computeIfAbsent(to, t -> node(t, "Target " + t.label()));
                MapRelationship created = map.createRelationship(
                        area, new RelationshipDraft(type, source.id(), target.id(), Map.of("note", "why")));
                assertThat(created.type()).isEqualTo(type);
                assertThat(created.areaId()).isEqualTo(area);
                assertThat(map.graph(area).relationships()).contains(created);

                map.deleteRelationship(area, created.id());
                assertThat(map.graph(area).relationships()).doesNotContain(created);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RelationshipType.class)
    void requestsForOneRelationshipAtTheSameMomentStoreExactlyOne(RelationshipType type) throws Exception {
        int clients = 4;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int round = 1; round <= 5; round++) {
                MapNode from = node(type.from().getFirst(), "From " + round);
                MapNode to = node(type.to().getFirst(), "To " + round);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    boolean reversed = type.undirected() && i % 2 == 1;
                    RelationshipDraft draft = new RelationshipDraft(
                            type, reversed ? to.id() : from.id(), reversed ? from.id() : to.id(), null);
                    outcomes.add(pool.submit(() -> {
                        go.await();
                        try {
                            system.call(() -> map.createRelationship(area, draft));
                            return "stored";
                        } catch (ValidationException refused) {
                            return refused.getMessage();
                        }
                    }));
                }
                go.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get());
                }
                assertThat(results).as(type + " round " + round).containsOnlyOnce("stored");
                assertThat(results.stream().filter(r -> !r.equals("stored")))
                        .as(type + " round " + round)
                        .hasSize(clients - 1)
                        .allSatisfy(r -> assertThat(r).startsWith("type: '").endsWith("' already"));
                assertThat(map.graph(area).relationships().stream()
                                .filter(r -> Set.of(r.from(), r.to()).equals(Set.of(from.id(), to.id()))))
                        .as(type + " round " + round)
                        .hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBarrierBlocksWhatTheModelAllowsAndNothingElse() {
        MapNode barrier = node(NodeType.BARRIER, "Funding gap");
        MapNode person = node(NodeType.PERSON, "Pat");
        MapNode intervention = node(NodeType.INTERVENTION, "Groups");
        MapNode need = node(NodeType.NEED, "Language");

        assertThatThrownBy(() -> map.createRelationship(
                        area, new RelationshipDraft(RelationshipType.BLOCKS, person.id(), intervention.id(), null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("type: BLOCKS goes from a Barrier to an Intervention, Organisation or Person,"
                        + " not from a Person to an Intervention");
        assertThatThrownBy(() -> map.createRelationship(
                        area, new RelationshipDraft(RelationshipType.IMPLEMENTS, intervention.id(), need.id(), null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("type: IMPLEMENTS goes from an Intervention to a Programme");
        assertThat(map.createRelationship(
                                area, new RelationshipDraft(RelationshipType.BLOCKS, barrier.id(), person.id(), null))
                        .type())
                .isEqualTo(RelationshipType.BLOCKS);
        assertThat(map.graph(area).relationships()).hasSize(1);
    }

    @Test
    void relationshipsStayInsideOneArea() {
        MapNode person = node(NodeType.PERSON, "Pat");
        MapNode elsewhere = map.createNode(
                otherArea, new NodeDraft(NodeType.ORGANISATION, "Elsewhere", MINIMAL.get(NodeType.ORGANISATION)));
        assertThatThrownBy(() -> map.createRelationship(
                        area, new RelationshipDraft(RelationshipType.WORKS_FOR, person.id(), elsewhere.id(), null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("to: 'Elsewhere' belongs to another area");
    }

    @Test
    void duplicatesAndSelfLoopsAreRefusedAndUndirectedTypesReadBothWays() {
        MapNode a = node(NodeType.PERSON, "Ann");
        MapNode b = node(NodeType.PERSON, "Bob");
        map.createRelationship(area, new RelationshipDraft(RelationshipType.COLLABORATES_WITH, a.id(), b.id(), null));
        assertThatThrownBy(() -> map.createRelationship(
                        area, new RelationshipDraft(RelationshipType.COLLABORATES_WITH, b.id(), a.id(), null)))
                .hasMessage("type: 'Bob' collaborates with 'Ann' already");
        assertThatThrownBy(() -> map.createRelationship(
                        area, new RelationshipDraft(RelationshipType.COLLABORATES_WITH, a.id(), a.id(), null)))
                .hasMessage("to: a node cannot be related to itself");
    }

    @Test
    void deletingANodeDeletesItsRelationships() {
        MapNode person = node(NodeType.PERSON, "Pat");
        MapNode org = node(NodeType.ORGANISATION, "Hub");
        map.createRelationship(area, new RelationshipDraft(RelationshipType.WORKS_FOR, person.id(), org.id(), null));
        map.deleteNode(area, org.id(), null);
        assertThat(map.graph(area).relationships()).isEmpty();
        assertThat(map.graph(area).nodes())
                .containsExactly(map.node(area, person.id()).orElseThrow());
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsOverwritten() {
        MapNode barrier = node(NodeType.BARRIER, "Turnover");
        map.updateNode(area, barrier.id(), new NodeChange(null, Map.of("severity", 5), 0L));

        assertThatThrownBy(() -> map.updateNode(area, barrier.id(), new NodeChange(null, Map.of("severity", 1), 0L)))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("'Turnover' was changed by someone else (you had version 0,"
                                    + " it is now at version 1)");
                    assertThat(((MapNode) e.current()).properties()).containsEntry("severity", 5L);
                });
        assertThatThrownBy(() -> map.deleteNode(area, barrier.id(), 0L)).isInstanceOf(VersionConflictException.class);
        assertThat(map.node(area, barrier.id()).orElseThrow().properties()).containsEntry("severity", 5L);
    }

    @Test
    void aRefusedChangeWritesNothing() {
        MapNode barrier = node(NodeType.BARRIER, "Turnover");
        assertThatThrownBy(() ->
                        map.updateNode(area, barrier.id(), new NodeChange("New name", Map.of("severity", 9), null)))
                .isInstanceOf(ValidationException.class);
        MapNode after = map.node(area, barrier.id()).orElseThrow();
        assertThat(after).isEqualTo(barrier);
    }

    @Test
    void nodesOfAnotherAreaOrUnknownAreasAreNotFound() {
        MapNode there = map.createNode(otherArea, new NodeDraft(NodeType.NEED, "There", Map.of()));
        assertThatThrownBy(() -> map.updateNode(area, there.id(), new NodeChange("x", null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> map.deleteNode(area, there.id(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> map.graph("no-such-area"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("There is no area 'no-such-area'");
    }

    @Test
    void userTextIsStoredAndReadBackExactly() {
        String injection = "'}) DETACH DELETE n //";
        String script = "<img src=x onerror=alert(1)>";
        MapNode a = map.createNode(
                area, new NodeDraft(NodeType.PERSON, injection, Map.of("role", "OTHER", "description", script)));
        MapNode b = node(NodeType.PERSON, "Bystander");
        assertThat(map.node(area, a.id()).orElseThrow().name()).isEqualTo(injection);
        assertThat(map.node(area, a.id()).orElseThrow().text("description")).isEqualTo(script);
        assertThat(map.node(area, b.id())).isPresent();
    }
}

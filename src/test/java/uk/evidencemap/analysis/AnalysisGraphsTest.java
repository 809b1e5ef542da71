package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/** Changes from the log applied to the analyses' lean copy of a map (the database side is in AnalysisGraphsIT). */
class AnalysisGraphsTest {

    private static final MapNode COUNCIL =
            new MapNode("o1", NodeType.ORGANISATION, "york", "Council", 0, Map.of("kind", "LOCAL_AUTHORITY"));
    private static final MapNode GROUPS =
            new MapNode("i1", NodeType.INTERVENTION, "york", "Groups", 0, Map.of("stage", "FULL_IMPLEMENTATION"));
    private static final MapNode PROGRAMME =
            new MapNode("p1", NodeType.PROGRAMME, null, "Incredible Years", 0, Map.of("evidenceRating", "4+"));

    private static MapRelationship lean(RelationshipType type, MapNode from, MapNode to) {
        return new MapRelationship(null, type, from.id(), to.id(), "york", Map.of());
    }

    private static final AreaGraph MAP = new AreaGraph(
            "york",
            List.of(COUNCIL, GROUPS, PROGRAMME),
            List.of(
                    lean(RelationshipType.COMMISSIONS, COUNCIL, GROUPS),
                    lean(RelationshipType.COMMISSIONS, COUNCIL, GROUPS),
                    lean(RelationshipType.IMPLEMENTS, GROUPS, PROGRAMME)));

    private static Change change(
            long seq, ChangeAction action, String subject, Map<String, Object> before, Map<String, Object> after) {
        return new Change(
                seq,
                Instant.now(),
                "ana",
                "york",
                action,
                subject,
                action.name().startsWith("RELATIONSHIP") ? Change.RELATIONSHIP : "Intervention",
                "x",
                before,
                after,
                null,
                null,
                null,
                false,
                "here");
    }

    private static Map<String, Object> relationship(String id, RelationshipType type, MapNode from, MapNode to) {
        return Map.of(
                "id",
                id,
                "type",
                type.name(),
                "from",
                from.id(),
                "to",
                to.id(),
                "areaId",
                "york",
                "properties",
                Map.of());
    }

    @Test
    void aChangedNodeKeepsOnlyWhatTheAnalysesRead() {
        var updated = AnalysisGraphs.apply(
                        MAP,
                        List.of(change(
                                7,
                                ChangeAction.NODE_UPDATED,
                                "i1",
                                null,
                                Map.of(
                                        "type",
                                        "Intervention",
                                        "name",
                                        "Parenting groups",
                                        "version",
                                        3,
                                        "properties",
                                        Map.of("stage", "STOPPED", "reach", 120, "tags", List.of("pilot"))))))
                .orElseThrow();
        assertThat(updated.nodes())
                .filteredOn(n -> n.id().equals("i1"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.name()).isEqualTo("Parenting groups");
                    assertThat(n.properties()).isEqualTo(Map.of("stage", "STOPPED"));
                    assertThat(n.version()).isZero();
                });
        assertThat(updated.relationships()).hasSize(3);
    }

    @Test
    void removingOneOfTwoLikeRelationshipsLeavesTheOther() {
        var after = AnalysisGraphs.apply(
                        MAP,
                        List.of(change(
                                8,
                                ChangeAction.RELATIONSHIP_DELETED,
                                "r2",
                                relationship("r2", RelationshipType.COMMISSIONS, COUNCIL, GROUPS),
                                null)))
                .orElseThrow();
        assertThat(after.relationships())
                .extracting(MapRelationship::type)
                .containsExactlyInAnyOrder(RelationshipType.COMMISSIONS, RelationshipType.IMPLEMENTS);
    }

    @Test
    void aDeletedNodeTakesItsRelationshipsAndAProgrammeNoLongerReachedLeavesTheCopy() {
        var after = AnalysisGraphs.apply(
                        MAP,
                        List.of(change(
                                9,
                                ChangeAction.NODE_DELETED,
                                "i1",
                                Map.of("type", "Intervention", "name", "Groups", "version", 0, "properties", Map.of()),
                                null)))
                .orElseThrow();
        assertThat(after.nodes()).extracting(MapNode::id).containsExactly("o1");
        assertThat(after.relationships()).isEmpty();
    }

    @Test
    void whatCannotBeAppliedFromTheCopyAsksForAWholeRead() {
        MapNode elsewhere = new MapNode("p2", NodeType.PROGRAMME, null, "Not held", 0, Map.of());
        assertThat(AnalysisGraphs.apply(
                        MAP,
                        List.of(change(
                                10,
                                ChangeAction.RELATIONSHIP_CREATED,
                                "r9",
                                null,
                                relationship("r9", RelationshipType.IMPLEMENTS, GROUPS, elsewhere)))))
                .isEmpty();
        assertThat(AnalysisGraphs.apply(
                        MAP,
                        List.of(change(
                                11,
                                ChangeAction.RELATIONSHIP_DELETED,
                                "r8",
                                relationship("r8", RelationshipType.DELIVERS, COUNCIL, GROUPS),
                                null))))
                .isEmpty();
    }
}

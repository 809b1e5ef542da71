package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.EvidenceRating;
import uk.evidencemap.taxonomy.ImplementationStage;

/** The map indexed once, and the rules over a node that the gaps, the champions and the comparison share. */
class AreaIndexTest {

    private static AreaIndex index(MapBuilder map) {
        return new AreaIndex(map.build(), EvidenceRating.LEVEL_3);
    }

    @Test
    void anInterventionWithoutAStageIsExploringAndOnlyTheDeliveryStagesAreInDelivery() {
        AreaIndex index = index(new MapBuilder()
                .node(NodeType.INTERVENTION, "No stage")
                .intervention("Stopped", "STOPPED")
                .intervention("Initial", "INITIAL_IMPLEMENTATION")
                .intervention("Installing", "INSTALLATION"));
        assertThat(AreaIndex.stage(index.node("No stage"))).isEqualTo(ImplementationStage.EXPLORATION);
        assertThat(index.all(NodeType.INTERVENTION))
                .filteredOn(AreaIndex::inDelivery)
                .extracting(MapNode::name)
                .containsExactly("Initial");
        assertThat(AreaIndex.stopped(index.node("Stopped"))).isTrue();
        assertThat(AreaIndex.stopped(index.node("No stage"))).isFalse();
    }

    @Test
    void strongEvidenceIsARatedLevelAtOrAboveTheThreshold() {
        AreaIndex index = index(new MapBuilder()
                .programme("Four plus", "4+")
                .programme("Three", "3")
                .programme("Two plus", "2+")
                .programme("Not yet", "NL2")
                .programme("No effect", "NE")
                .node(NodeType.PROGRAMME, "Unrated"));
        assertThat(AreaIndex.rating(index.node("Unrated"))).isEqualTo(EvidenceRating.UNRATED);
        assertThat(index.all(NodeType.PROGRAMME))
                .filteredOn(index::strong)
                .extracting(MapNode::name)
                .containsExactlyInAnyOrder("Four plus", "Three");
        AreaIndex lenient =
                new AreaIndex(new MapBuilder().programme("Not yet", "NL2").build(), EvidenceRating.LEVEL_2);
        assertThat(lenient.strong(lenient.node("Not yet")))
                .as("NL2 is never strong")
                .isFalse();
    }

    @Test
    void anInterventionHasStrongEvidenceThroughTheProgrammeItImplements() {
        AreaIndex index = index(MapBuilder.healthy()
                .intervention("Local", "FULL_IMPLEMENTATION")
                .programme("Weak", "2")
                .intervention("Weakly", "FULL_IMPLEMENTATION")
                .rel("Weakly IMPLEMENTS Weak"));
        assertThat(index.hasStrongEvidence(index.node("IY groups"))).isTrue();
        assertThat(index.hasStrongEvidence(index.node("Local"))).isFalse();
        assertThat(index.hasStrongEvidence(index.node("Weakly"))).isFalse();
    }

    @Test
    void championsAreThoseWhoChampionOrLeadEachOnce() {
        AreaIndex index = index(MapBuilder.healthy()
                .person("Manager", "SERVICE_MANAGER")
                .rel("Manager LEADS IY groups", "Leader LEADS IY groups"));
        assertThat(index.championsOf(index.node("IY groups"))).containsExactly("Leader", "Manager");
    }

    @Test
    void onlyAnOpenBarrierWithoutAnEnablerIsUnmitigated() {
        AreaIndex index = index(new MapBuilder()
                .barrier("Open", "FUNDING", 3, "OPEN")
                .barrier("Tackled", "FUNDING", 3, "OPEN")
                .barrier("Resolved", "FUNDING", 3, "RESOLVED")
                .enabler("Budget", "FUNDING_AND_CAPACITY")
                .rel("Budget MITIGATES Tackled"));
        assertThat(index.all(NodeType.BARRIER)).filteredOn(AreaIndex::open).hasSize(2);
        assertThat(index.all(NodeType.BARRIER))
                .filteredOn(index::unmitigatedOpen)
                .extracting(MapNode::name)
                .containsExactly("Open");
        assertThat(index.mitigated(index.node("Tackled"))).isTrue();
    }

    @Test
    void theLocalEvidenceLeaderIsKnownByTheRoleCode() {
        assertThat(AreaIndex.localEvidenceLeader("LOCAL_EVIDENCE_LEADER")).isTrue();
        assertThat(AreaIndex.localEvidenceLeader("COMMISSIONER")).isFalse();
        assertThat(AreaIndex.localEvidenceLeader(null)).isFalse();
    }

    @Test
    void listsAreInOneOrderWhateverOrderTheMapWasReadIn() {
        AreaGraph graph = MapBuilder.healthy()
                .org("charity")
                .org("Academy")
                .rel("Academy DELIVERS IY groups", "charity DELIVERS IY groups")
                .build();
        List<MapNode> nodes = new ArrayList<>(graph.nodes());
        List<MapRelationship> relationships = new ArrayList<>(graph.relationships());
        Collections.reverse(nodes);
        Collections.reverse(relationships);
        AreaIndex read = new AreaIndex(graph, EvidenceRating.LEVEL_3);
        AreaIndex reversed = new AreaIndex(new AreaGraph("a", nodes, relationships), EvidenceRating.LEVEL_3);
        for (AreaIndex index : List.of(read, reversed)) {
            assertThat(index.all(NodeType.ORGANISATION))
                    .extracting(MapNode::name)
                    .containsExactly("Academy", "charity", "Council", "Hub");
            assertThat(index.in(RelationshipType.DELIVERS, "IY groups"))
                    .extracting(MapNode::name)
                    .containsExactly("Academy", "charity", "Hub");
        }
    }

    @Test
    void relationshipsToANodeTheMapDoesNotHoldAreLeftOutButCounted() {
        AreaGraph graph = MapBuilder.healthy().build();
        List<MapRelationship> relationships = new ArrayList<>(graph.relationships());
        relationships.add(
                new MapRelationship(null, RelationshipType.DELIVERS, "Elsewhere", "IY groups", "a", Map.of()));
        AreaIndex index = new AreaIndex(new AreaGraph("a", graph.nodes(), relationships), EvidenceRating.LEVEL_3);
        assertThat(index.in(RelationshipType.DELIVERS, "IY groups"))
                .extracting(MapNode::name)
                .containsExactly("Hub");
        assertThat(index.neighbours("IY groups")).doesNotContain("Elsewhere");
        assertThat(index.size().nodesWithProgrammes()).isEqualTo(graph.nodes().size());
        assertThat(index.size().relationships()).isEqualTo(relationships.size());
    }
}

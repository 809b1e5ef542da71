package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/** A hand-built causal-loop map: each of its loops, in order, with the right kind. */
class FeedbackLoopsTest {

    private final List<MapNode> nodes = new ArrayList<>();
    private final List<MapRelationship> relationships = new ArrayList<>();

    private void node(String id, NodeType type) {
        nodes.add(new MapNode(id, type, "area", id, 0, Map.of()));
    }

    private void influence(String from, String to, String polarity) {
        relationships.add(new MapRelationship(
                from + ">" + to,
                RelationshipType.INFLUENCES,
                from,
                to,
                "area",
                polarity == null ? Map.of() : Map.of("polarity", polarity)));
    }

    private FeedbackLoop.Report loops() {
        return FeedbackLoops.of(new AreaGraph("area", nodes, relationships));
    }

    @Test
    void eachElementaryCycleOfInfluencesIsALoopClassifiedByItsPolarities() {
        node("Debt", NodeType.FACTOR);
        node("Stress", NodeType.FACTOR);
        node("Conflict", NodeType.FACTOR);
        node("Groups", NodeType.INTERVENTION);
        node("Demand", NodeType.FACTOR);
        node("Turnover", NodeType.BARRIER);
        node("Behaviour", NodeType.NEED);
        node("Alone", NodeType.FACTOR);
        influence("Debt", "Stress", "SAME");
        influence("Stress", "Conflict", "SAME");
        influence("Conflict", "Debt", "SAME");
        influence("Groups", "Conflict", "OPPOSITE");
        influence("Conflict", "Demand", "SAME");
        influence("Demand", "Groups", "SAME");
        influence("Demand", "Turnover", "SAME");
        influence("Turnover", "Behaviour", null);
        influence("Behaviour", "Demand", "SAME");
        influence("Alone", "Debt", "OPPOSITE");
        relationships.add(new MapRelationship("w", RelationshipType.WORKS_FOR, "Debt", "Stress", "area", Map.of()));

        FeedbackLoop.Report report = loops();

        assertThat(report.capped()).isFalse();
        assertThat(report.loops())
                .extracting(l -> l.kind() + " "
                        + String.join(
                                " > ", l.members().stream().map(Subject::name).toList()))
                .containsExactly(
                        "UNDETERMINED Behaviour > Demand > Turnover",
                        "REINFORCING Conflict > Debt > Stress",
                        "BALANCING Conflict > Demand > Groups");
        FeedbackLoop undetermined = report.loops().getFirst();
        assertThat(undetermined.relationships())
                .containsExactly("Behaviour>Demand", "Demand>Turnover", "Turnover>Behaviour");
        assertThat(undetermined.barriers()).extracting(Subject::name).containsExactly("Turnover");
        assertThat(undetermined.needs()).extracting(Subject::name).containsExactly("Behaviour");
        assertThat(undetermined.length()).isEqualTo(3);
    }

    @Test
    void twoOppositeLinksReinforceAndATwoNodeLoopIsALoop() {
        node("A", NodeType.FACTOR);
        node("B", NodeType.FACTOR);
        influence("A", "B", "OPPOSITE");
        influence("B", "A", "OPPOSITE");

        assertThat(loops().loops()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(FeedbackLoop.Kind.REINFORCING);
            assertThat(l.members()).extracting(Subject::name).containsExactly("A", "B");
        });
    }

    @Test
    void theSearchStopsAtItsCapsAndSaysSo() {
        for (int i = 0; i < 9; i++) {
            node("F" + i, NodeType.FACTOR);
        }
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 9; j++) {
                if (i != j) {
                    influence("F" + i, "F" + j, "SAME");
                }
            }
        }

        FeedbackLoop.Report report = loops();

        assertThat(report.capped()).isTrue();
        assertThat(report.loops()).hasSize(FeedbackLoops.MAX_LOOPS);
    }

    @Test
    void aMapWithoutInfluencesHasNoLoops() {
        node("A", NodeType.PERSON);
        assertThat(loops().loops()).isEmpty();
        assertThat(loops().capped()).isFalse();
    }
}

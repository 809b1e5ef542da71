package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

class AnalysisGraphQueryTest {

    /**
     * The lean read takes every relationship that starts at one of the area's nodes, and only
     * TARGETS relationships into a need from the catalogue; a model where a programme starts
     * any other relationship would need the query changed.
     */
    @Test
    void onlyTargetsStartsAtAProgrammeAndEndsAtANeed() {
        assertThat(Arrays.stream(RelationshipType.values()).filter(t -> t.from().contains(NodeType.PROGRAMME)))
                .containsExactly(RelationshipType.TARGETS);
        assertThat(RelationshipType.TARGETS.to()).containsExactly(NodeType.NEED);
        assertThat(AnalysisGraphQuery.CYPHER).contains("n:Need", "[r:TARGETS]-(m:Programme)");
    }

    @Test
    void everyPropertyTheAnalysesReadIsInBothQueriesInOrder() {
        for (String cypher : java.util.List.of(AnalysisGraphQuery.CYPHER, AnalysisGraphQuery.AREAS_CYPHER)) {
            int at = cypher.indexOf("collect([elementId(n), n.id, labels(n), n.name");
            assertThat(at).isPositive();
            String row = cypher.substring(at);
            int previous = 0;
            for (String property : AnalysisGraphQuery.PROPERTIES) {
                int index = row.indexOf("n." + property + ",");
                assertThat(index).as(property).isGreaterThan(previous);
                previous = index;
            }
            // then the outgoing relationships, then those from the catalogue
            assertThat(row.indexOf("[(n)-[r]->(m)")).isGreaterThan(previous);
            assertThat(row.indexOf("[(n)<-[r:TARGETS]-(m:Programme)")).isGreaterThan(row.indexOf("[(n)-[r]->(m)"));
        }
    }
}

package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;

class LargeMapFilterTest {

    /** A map of {@code count} nodes of each type given, in turn. */
    private static List<MapNode> nodes(Object... typesAndCounts) {
        List<MapNode> nodes = new ArrayList<>();
        for (int i = 0; i < typesAndCounts.length; i += 2) {
            NodeType type = (NodeType) typesAndCounts[i];
            int count = (Integer) typesAndCounts[i + 1];
            for (int n = 0; n < count; n++) {
                nodes.add(SmallMap.node(type.name() + n, type, type.label() + " " + n, Map.of()));
            }
        }
        return nodes;
    }

    @Test
    void aMapThatFitsIsDrawnWhole() {
        var fits = LargeMapFilter.of(nodes(NodeType.PERSON, 2, NodeType.NEED, 3), 5);

        assertThat(fits).isEqualTo(LargeMapFilter.whole());
        assertThat(fits.types()).isEqualTo(EnumSet.allOf(NodeType.class));
        assertThat(fits.limit()).isEqualTo(Long.MAX_VALUE);
        assertThat(fits.note()).isNull();
    }

    @Test
    void aLargerMapOpensWithAsManyTypesAsFitImplementationFirst() {
        var large = LargeMapFilter.of(
                nodes(NodeType.INTERVENTION, 3, NodeType.NEED, 2, NodeType.BARRIER, 4, NodeType.PERSON, 1), 6);

        assertThat(large.types()).containsExactly(NodeType.INTERVENTION, NodeType.NEED);
        assertThat(large.limit()).isEqualTo(Long.MAX_VALUE);
        assertThat(large.note())
                .isEqualTo("This map has 10 nodes, more than the 6 the map draws at once, so it opened with"
                        + " interventions, needs only. Choose other types under Show types, or use the table view,"
                        + " which lists everything.");
    }

    @Test
    void typesTheMapLacksCostNothingAndTheNoteListsTypesInTheirUsualOrder() {
        var large = LargeMapFilter.of(nodes(NodeType.NEED, 2, NodeType.BARRIER, 4, NodeType.PERSON, 3), 7);

        assertThat(large.types())
                .containsExactly(
                        NodeType.ORGANISATION,
                        NodeType.PROGRAMME,
                        NodeType.INTERVENTION,
                        NodeType.NEED,
                        NodeType.BARRIER,
                        NodeType.ENABLER);
        assertThat(large.note())
                .contains(
                        "so it opened with organisations, programmes, interventions, needs, barriers, enablers only.");
    }

    @Test
    void whenTheFirstTypeAloneIsTooManyOnlyTheLimitOfItIsDrawn() {
        var large = LargeMapFilter.of(nodes(NodeType.INTERVENTION, 3, NodeType.NEED, 2), 2);

        assertThat(large.types()).containsExactly(NodeType.INTERVENTION);
        assertThat(large.limit()).isEqualTo(2);
        assertThat(large.note())
                .startsWith("This map has 5 nodes, more than the 2 the map draws at once,")
                .contains("opened with interventions (the first 2) only.");
    }
}

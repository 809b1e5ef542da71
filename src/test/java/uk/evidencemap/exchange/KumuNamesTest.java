package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;

class KumuNamesTest {

    private static MapNode node(String id, NodeType type, String name) {
        return new MapNode(id, type, "a", name, 0, Map.of());
    }

    @Test
    void sharedNamesTakeTheirTypeAndANumberWhenTheTypeIsSharedToo() {
        KumuNames names = KumuNames.of(List.of(
                node("1", NodeType.PERSON, "Ann"),
                node("2", NodeType.ORGANISATION, "ANN"),
                node("3", NodeType.PERSON, "ann"),
                node("4", NodeType.PERSON, "Ann (Person 2)"),
                node("5", NodeType.NEED, "Sleep")));
        assertThat(names.label("1")).isEqualTo("Ann (Person)");
        assertThat(names.label("2")).isEqualTo("ANN (Organisation)");
        assertThat(names.label("3"))
                .as("'Ann (Person 2)' is another node's name")
                .isEqualTo("ann (Person 3)");
        assertThat(names.label("4")).isEqualTo("Ann (Person 2)");
        assertThat(names.label("5")).isEqualTo("Sleep");
        assertThat(names.renamed())
                .extracting(r -> r.node().id() + " " + r.reason())
                .containsExactly(
                        "1 another node is also called 'Ann'",
                        "2 another node is also called 'ANN'",
                        "3 another node is also called 'ann'");
    }

    @Test
    void aPipeWhichKumuReadsAsSeveralElementsBecomesASlash() {
        KumuNames names = KumuNames.of(List.of(node("1", NodeType.BARRIER, "Grant | pilot")));
        assertThat(names.label("1")).isEqualTo("Grant / pilot");
        assertThat(names.renamed()).hasSize(1);
    }

    @Test
    void fieldsGoByTheirOwnNamesUnlessTaken() {
        assertThat(KumuNames.fields(
                        List.of("role", "field.Population", "field.Label", "field.role", "description"),
                        List.of("Label", "Type", "Description")))
                .containsExactly(
                        Map.entry("role", "role"),
                        Map.entry("field.Population", "Population"),
                        Map.entry("field.Label", "field.Label"),
                        Map.entry("field.role", "field.role"),
                        Map.entry("description", "Property description"));
    }
}

package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.evidencemap.map.NodeType;

/** The colours of the map are kept once: the canvas is sent them and the legend is built from them. */
class NodeStyleTest {

    @Test
    void eachNodeTypeKeepsItsColourShapeAndRing() {
        Map<String, NodeStyle> styles = NodeStyle.byLabel();

        assertThat(styles)
                .containsExactly(
                        Map.entry("Person", new NodeStyle("#1f6fb2", "ellipse", 6)),
                        Map.entry("Organisation", new NodeStyle("#5b4a9e", "round-rectangle", 5)),
                        Map.entry("Programme", new NodeStyle("#0b5e5e", "hexagon", 3)),
                        Map.entry("Intervention", new NodeStyle("#1d7d4f", "diamond", 4)),
                        Map.entry("Need", new NodeStyle("#8a5a00", "triangle", 2)),
                        Map.entry("Barrier", new NodeStyle("#b3261e", "octagon", 1)),
                        Map.entry("Enabler", new NodeStyle("#2e7d32", "star", 1)),
                        Map.entry("Evidence", new NodeStyle("#555555", "rectangle", 0)),
                        Map.entry("Factor", new NodeStyle("#a23e72", "barrel", 7)));
    }

    @Test
    void theCanvasIsSentEveryTypesStyle() {
        String sent = String.valueOf(new GraphCanvas().getElement().getPropertyRaw("typeStyles"));

        assertThat(sent)
                .contains("\"Barrier\":{\"color\":\"#b3261e\",\"shape\":\"octagon\",\"rank\":1}")
                .contains("\"Person\":{\"color\":\"#1f6fb2\",\"shape\":\"ellipse\",\"rank\":6}");
        for (NodeType type : NodeType.values()) {
            assertThat(sent)
                    .contains("\"" + type.label() + "\":{\"color\":\""
                            + NodeStyle.of(type).color() + "\"");
        }
    }

    @Test
    void theLegendShowsEachTypeInTheCanvasColour() {
        MapLegend legend = new MapLegend();

        List<String> items = legend.getChildren()
                .map(item -> {
                    var parts = item.getChildren().toList();
                    return ((Span) parts.get(1)).getText() + " "
                            + parts.get(0).getStyle().get("background-color");
                })
                .toList();
        assertThat(items)
                .containsExactly(
                        "Person #1f6fb2",
                        "Organisation #5b4a9e",
                        "Programme #0b5e5e",
                        "Intervention #1d7d4f",
                        "Need #8a5a00",
                        "Barrier #b3261e",
                        "Enabler #2e7d32",
                        "Evidence #555555",
                        "Factor #a23e72");
        assertThat(legend.getElement().getAttribute("aria-label")).isEqualTo("Legend");
    }
}

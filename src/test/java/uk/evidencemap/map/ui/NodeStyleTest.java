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
                        Map.entry("Person", new NodeStyle("#0072B2", "ellipse", 6)),
                        Map.entry("Organisation", new NodeStyle("#999933", "round-rectangle", 5)),
                        Map.entry("Programme", new NodeStyle("#117733", "hexagon", 3)),
                        Map.entry("Intervention", new NodeStyle("#009E73", "diamond", 4)),
                        Map.entry("Need", new NodeStyle("#332288", "triangle", 2)),
                        Map.entry("Barrier", new NodeStyle("#D55E00", "octagon", 1)),
                        Map.entry("Enabler", new NodeStyle("#CC79A7", "star", 1)),
                        Map.entry("Evidence", new NodeStyle("#555555", "rectangle", 0)),
                        Map.entry("Factor", new NodeStyle("#663333", "barrel", 7)));
    }

    @Test
    void theCanvasIsSentEveryTypesStyle() {
        String sent = String.valueOf(new GraphCanvas().getElement().getPropertyRaw("typeStyles"));

        assertThat(sent)
                .contains("\"Barrier\":{\"color\":\"#D55E00\",\"shape\":\"octagon\",\"rank\":1}")
                .contains("\"Person\":{\"color\":\"#0072B2\",\"shape\":\"ellipse\",\"rank\":6}");
        for (NodeType type : NodeType.values()) {
            assertThat(sent)
                    .contains("\"" + type.label() + "\":{\"color\":\""
                            + NodeStyle.of(type).color() + "\"");
        }
    }

    @Test
    void theLegendShowsEachTypesShapeInTheCanvasColourBesideItsName() {
        MapLegend legend = new MapLegend();

        List<String> items = legend.types
                .getChildren()
                .map(item -> {
                    var parts = item.getChildren().toList();
                    String svg = parts.get(0).getElement().getProperty("innerHTML");
                    assertThat(svg).contains("aria-hidden=\"true\"").contains("stroke=\"#1a1a1a\"");
                    String shape = svg.replaceAll("(?s).*data-shape=\"([^\"]+)\".*", "$1");
                    String fill = svg.replaceAll("(?s).*fill=\"(#[0-9A-Fa-f]{6})\".*", "$1");
                    return ((Span) parts.get(1)).getText() + " " + shape + " " + fill;
                })
                .toList();
        assertThat(items)
                .containsExactly(
                        "Person ellipse #0072B2",
                        "Organisation round-rectangle #999933",
                        "Programme hexagon #117733",
                        "Intervention diamond #009E73",
                        "Need triangle #332288",
                        "Barrier octagon #D55E00",
                        "Enabler star #CC79A7",
                        "Evidence rectangle #555555",
                        "Factor barrel #663333");
        assertThat(legend.getElement().getAttribute("aria-label")).isEqualTo("Legend");
        assertThat(legend.getElement().getAttribute("role")).isEqualTo("group");
        assertThat(legend.communities.isVisible()).isFalse();
    }

    @Test
    void everyShapeIsDrawnAsItsOwnPicture() {
        List<String> shapes =
                NodeStyle.byLabel().values().stream().map(NodeStyle::shape).toList();
        List<String> pictures = shapes.stream()
                .map(shape -> ShapeIcon.svg(shape, "#000000").replaceAll("data-shape=\"[^\"]+\"", ""))
                .distinct()
                .toList();
        assertThat(pictures).hasSize(shapes.size());
        assertThat(ShapeIcon.svg("star", "#CC79A7")).contains("<polygon points=\"8.00,1.00 ");
    }
}

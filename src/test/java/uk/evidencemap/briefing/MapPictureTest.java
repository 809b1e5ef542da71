package uk.evidencemap.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodePalette;
import uk.evidencemap.map.NodePosition;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/** The picture of the map: where nodes stand, which are named, its legend, and that it is a PNG. */
class MapPictureTest {

    private static MapNode node(String id, NodeType type, String name) {
        return new MapNode(id, type, "a", name, 0, Map.of());
    }

    private static MapRelationship link(String from, RelationshipType type, String to) {
        return new MapRelationship(from + "-" + to, type, from, to, "a", Map.of());
    }

    private static AreaGraph smallMap() {
        return new AreaGraph(
                "a",
                List.of(
                        node("p", NodeType.PERSON, "Ann Leader"),
                        node("o", NodeType.ORGANISATION, "North Council"),
                        node("i", NodeType.INTERVENTION, "Talk groups"),
                        node("b", NodeType.BARRIER, "Short-term grant")),
                List.of(
                        link("p", RelationshipType.WORKS_FOR, "o"),
                        link("o", RelationshipType.COMMISSIONS, "i"),
                        link("b", RelationshipType.BLOCKS, "i"),
                        link("p", RelationshipType.CHAMPIONS, "i")));
    }

    @Test
    void placedNodesStayWhereTheyWerePutAndTheOthersAreLaidOutTheSameEveryTime() {
        Graph<String, DefaultEdge> links = new SimpleGraph<>(DefaultEdge.class);
        List.of("p", "o", "i", "b").forEach(links::addVertex);
        links.addEdge("p", "o");
        links.addEdge("o", "i");
        links.addEdge("b", "i");
        Map<String, NodePosition> positions = Map.of("p", new NodePosition(100, 50), "o", new NodePosition(700, 450));

        Map<String, Point2D> first = MapPicture.layout(links, positions, Set.of("p", "o"));
        Map<String, Point2D> again = MapPicture.layout(links, positions, Set.of("p", "o"));

        assertThat(first.get("p")).isEqualTo(Point2D.of(100, 50));
        assertThat(first.get("o")).isEqualTo(Point2D.of(700, 450));
        assertThat(first.get("i")).isNotEqualTo(first.get("b"));
        assertThat(again).isEqualTo(first);
        for (Point2D p : first.values()) {
            assertThat(p.getX()).isBetween(100 - 600 * 0.15, 700 + 600 * 0.15);
            assertThat(p.getY()).isBetween(50 - 400 * 0.15, 450 + 400 * 0.15);
        }
    }

    @Test
    void thePictureIsAPngOfEveryNodeInItsTypesColourWithALegendOfTheTypesTheMapHas() throws IOException {
        Briefing.Picture picture = MapPicture.draw(smallMap(), Map.of());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
        assertThat(image.getWidth()).isEqualTo(MapPicture.WIDTH).isEqualTo(picture.width());
        assertThat(image.getHeight()).isEqualTo(MapPicture.HEIGHT).isEqualTo(picture.height());
        assertThat(picture.nodes()).isEqualTo(4);
        assertThat(picture.named()).isEqualTo(4);
        assertThat(picture.placed()).isZero();
        assertThat(picture.types()).containsExactly("Person", "Organisation", "Intervention", "Barrier");
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        for (NodeType type : List.of(NodeType.PERSON, NodeType.ORGANISATION, NodeType.INTERVENTION, NodeType.BARRIER)) {
            assertThat(colours)
                    .as(type.label())
                    .contains(Color.decode(NodePalette.colour(type)).getRGB() & 0xffffff);
        }
        assertThat(colours)
                .as("no type the map lacks, not even in the legend")
                .doesNotContain(
                        Color.decode(NodePalette.colour(NodeType.FACTOR)).getRGB() & 0xffffff);
    }

    @Test
    void aLargeMapNamesItsMostConnectedNodesOnly() {
        List<MapNode> nodes = new ArrayList<>();
        List<MapRelationship> links = new ArrayList<>();
        nodes.add(node("hub", NodeType.ORGANISATION, "Hub"));
        for (int i = 0; i < 120; i++) {
            nodes.add(node("p" + i, NodeType.PERSON, "Person " + i));
            links.add(link("p" + i, RelationshipType.WORKS_FOR, "hub"));
        }
        Map<String, NodePosition> positions = new HashMap<>();
        positions.put("hub", new NodePosition(0, 0));

        Briefing.Picture picture = MapPicture.draw(new AreaGraph("a", nodes, links), positions);

        assertThat(picture.nodes()).isEqualTo(121);
        assertThat(picture.named()).isEqualTo(MapPicture.MOST_NAMED);
        assertThat(picture.placed()).isEqualTo(1);
        assertThat(picture.caption())
                .isEqualTo("121 nodes, 1 where people placed them on the map page, the others laid out around them."
                        + " Colours show the type of each node: Person, Organisation. The names of the 80 most"
                        + " connected nodes are shown, cut to 24 characters.");
    }

    @Test
    void anEmptyMapIsAPictureThatSaysSo() {
        Briefing.Picture picture = MapPicture.draw(new AreaGraph("a", List.of(), List.of()), Map.of());

        assertThat(picture.nodes()).isZero();
        assertThat(picture.png()).isNotEmpty();
        assertThat(picture.caption()).isEqualTo("The map has no nodes yet.");
    }

    @Test
    void longNamesAreCutToTwentyFourCharactersWithAnEllipsis() {
        assertThat(MapPicture.shortName("Talk groups")).isEqualTo("Talk groups");
        assertThat(MapPicture.shortName("Incredible Years Preschool groups"))
                .isEqualTo("Incredible Years Presch\u2026")
                .hasSize(24);
        assertThat(MapPicture.shortName("\uD83D\uDE00".repeat(30)))
                .as("cut between characters, never inside one")
                .isEqualTo("\uD83D\uDE00".repeat(23) + "\u2026");
    }
}

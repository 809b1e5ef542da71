package uk.evidencemap.map.ui;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.evidencemap.IntegrationTest;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeType;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MapViewIT extends SpringBrowserlessTest {

    @Autowired
    MapService map;

    @Test
    void findingANodeSelectsItAndShowsItsDetails() {
        MapView view = navigate("areas/york/map", MapView.class);
        var graph = map.graph("york");
        assertThat(view.visible()).hasSize(graph.nodes().size());

        test(view.find).selectItem("Hannah Okafor (Person)");

        MapNode leader = graph.nodes().stream().filter(n -> n.name().equals("Hannah Okafor")).findFirst().orElseThrow();
        assertThat(view.canvas.getSelected()).isEqualTo(leader.id());
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Hannah Okafor", "Connections (9)");
    }

    @Test
    void focusShowsOnlyTheNeighbourhoodOfTheSelectedNode() {
        MapView view = navigate("areas/york/map", MapView.class);
        var graph = map.graph("york");
        MapNode leader = graph.nodes().stream().filter(n -> n.name().equals("Hannah Okafor")).findFirst().orElseThrow();
        view.showDetails(leader.id());
        test(view.focus).selectItem("1 step around it");

        Set<String> expected = new HashSet<>(Set.of(leader.id()));
        graph.relationships().forEach(r -> {
            if (r.from().equals(leader.id())) {
                expected.add(r.to());
            }
            if (r.to().equals(leader.id())) {
                expected.add(r.from());
            }
        });
        assertThat(view.visible()).isEqualTo(expected);
        test(view.focus).selectItem("Whole map");
        assertThat(view.visible()).hasSize(graph.nodes().size());
    }

    @Test
    void theTypeFilterHidesOtherTypes() {
        MapView view = navigate("areas/york/map", MapView.class);
        view.types.setValue(EnumSet.of(NodeType.BARRIER, NodeType.ENABLER));
        var graph = map.graph("york");
        long expected = graph.nodes().stream().filter(n -> n.type() == NodeType.BARRIER || n.type() == NodeType.ENABLER)
                .count();
        assertThat(view.visible()).hasSize((int) expected);
        assertThat(String.valueOf(view.canvas.getElement().getPropertyRaw("graph"))).doesNotContain("\"type\":\"Person\"");
    }
}

package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.evidencemap.map.ui.SmallMap.GRAPH;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightTest {

    @Test
    void aShownNodeIsHighlightedWithItsNeighboursAndSelected() {
        Highlight shown = Highlight.of(GRAPH, List.of("epec"), List.of());

        assertThat(shown.ids()).containsExactly("epec", "ann", "language", "cuts");
        assertThat(shown.subject()).isEqualTo("epec");
        assertThat(shown.description()).isEqualTo("'EPEC groups' and its 3 connections");
        assertThat(shown.missing()).isFalse();
    }

    @Test
    void aPathIsHighlightedExactlyWithItsInterventionSelectedAndItsBarriersNamedLast() {
        Highlight path = Highlight.of(GRAPH, List.of(), List.of("cuts, epec,language"));

        assertThat(path.ids()).containsExactly("cuts", "epec", "language");
        assertThat(path.subject()).isEqualTo("epec");
        assertThat(path.description())
                .isEqualTo("the path 'EPEC groups' → 'Early language', blocked by 'Funding cuts'");
    }

    @Test
    void nodesOfAPathNoLongerOnTheMapAreLeftOut() {
        Highlight path = Highlight.of(GRAPH, List.of(), List.of("gone,language"));

        assertThat(path.ids()).containsExactly("language");
        assertThat(path.subject()).as("no intervention: the first node").isEqualTo("language");
        assertThat(path.description()).isEqualTo("the path 'Early language'");
    }

    @Test
    void aShownNodeNoLongerOnTheMapGivesWayToThePath() {
        Highlight path = Highlight.of(GRAPH, List.of("gone"), List.of("ann,epec"));

        assertThat(path.ids()).containsExactly("ann", "epec");
        assertThat(path.subject()).isEqualTo("epec");
    }

    @Test
    void aFindingNoLongerOnTheMapIsMissingAndNoFindingIsNothing() {
        assertThat(Highlight.of(GRAPH, List.of("gone"), List.of()).missing()).isTrue();
        assertThat(Highlight.of(GRAPH, List.of(), List.of("gone,also-gone")).missing())
                .isTrue();
        Highlight none = Highlight.of(GRAPH, List.of(), List.of());
        assertThat(none).isEqualTo(Highlight.NONE);
        assertThat(none.missing()).isFalse();
        assertThat(none.ids()).isEmpty();
        assertThat(none.description()).isNull();
    }
}

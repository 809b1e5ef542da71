package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.evidencemap.map.ui.SmallMap.GRAPH;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.evidencemap.map.RelationshipType;

class NeighbourhoodTest {

    private static final Set<String> ALL = Set.of("ann", "council", "epec", "language", "cuts", "grant");

    @Test
    void eachStepReachesTheNextRingOfNeighboursInEitherDirection() {
        assertThat(Neighbourhood.around(GRAPH, "ann", 0, ALL, r -> true)).containsExactly("ann");
        assertThat(Neighbourhood.around(GRAPH, "ann", 1, ALL, r -> true))
                .containsExactlyInAnyOrder("ann", "council", "epec");
        assertThat(Neighbourhood.around(GRAPH, "ann", 2, ALL, r -> true))
                .containsExactlyInAnyOrder("ann", "council", "epec", "language", "cuts");
        assertThat(Neighbourhood.around(GRAPH, "ann", 3, ALL, r -> true)).isEqualTo(ALL);
        assertThat(Neighbourhood.around(GRAPH, "language", 1, ALL, r -> true))
                .as("against the direction of ADDRESSES")
                .containsExactlyInAnyOrder("language", "epec");
    }

    @Test
    void onlyShownNodesAreReachedOrWalkedThrough() {
        Set<String> withoutEpec = Set.of("ann", "council", "language", "cuts", "grant");
        assertThat(Neighbourhood.around(GRAPH, "ann", 3, withoutEpec, r -> true))
                .containsExactlyInAnyOrder("ann", "council");
    }

    @Test
    void onlyTheRelationshipsFollowedAreWalkedAlong() {
        assertThat(Neighbourhood.around(
                        GRAPH,
                        "ann",
                        3,
                        ALL,
                        r -> r.type() == RelationshipType.LEADS || r.type() == RelationshipType.ADDRESSES))
                .containsExactlyInAnyOrder("ann", "epec", "language");
    }
}

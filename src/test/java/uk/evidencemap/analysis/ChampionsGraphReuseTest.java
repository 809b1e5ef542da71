package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.taxonomy.EvidenceRating;

/**
 * The analyses after a change take the sweep and network figures of the analyses before it when, and
 * only when, the champions graph is the same (decision 023); the numbers are always those of a fresh
 * analysis.
 */
class ChampionsGraphReuseTest {

    private static MapBuilder map() {
        return new MapBuilder()
                .person("Ann", "LOCAL_EVIDENCE_LEADER")
                .person("Bob", "PRACTITIONER")
                .person("Cat", "PRACTITIONER")
                .person("Dan", "COMMISSIONER")
                .org("Council")
                .org("Hub")
                .intervention("Groups", "FULL_IMPLEMENTATION")
                .need("Sleep", 3)
                .barrier("Funding", "FUNDING", 4, "ACTIVE")
                .rel(
                        "Ann COLLABORATES_WITH Bob",
                        "Bob COLLABORATES_WITH Cat",
                        "Ann WORKS_FOR Council",
                        "Dan WORKS_FOR Council",
                        "Cat WORKS_FOR Hub",
                        "Hub DELIVERS Groups",
                        "Bob CHAMPIONS Groups",
                        "Groups ADDRESSES Sleep",
                        "Funding BLOCKS Groups");
    }

    /** The analyses with everything computed, as after someone opened the champions and network tabs. */
    private static AreaAnalysis computed(AreaGraph graph, ChampionsGraph earlier) {
        AreaAnalysis analysis = new AreaAnalysis(graph, EvidenceRating.LEVEL_3, earlier);
        analysis.champions();
        analysis.network();
        return analysis;
    }

    private static void assertSameAsFresh(AreaAnalysis analysis, AreaGraph graph) {
        AreaAnalysis fresh = new AreaAnalysis(graph, EvidenceRating.LEVEL_3);
        assertThat(analysis.champions()).isEqualTo(fresh.champions());
        assertThat(analysis.network()).isEqualTo(fresh.network());
        assertThat(analysis.networkShape()).isEqualTo(fresh.networkShape());
    }

    @Test
    void aChangeOutsideTheChampionsGraphTakesTheSweepAndFiguresFromBefore() {
        ChampionsGraph before = computed(map().build(), null).championsGraphSoFar();
        // the barrier's severity changed and a need was added: people, organisations and interventions are as they were
        AreaGraph changed = map().barrier("Funding", "FUNDING", 5, "ACTIVE")
                .need("Speech", 2)
                .rel("Groups ADDRESSES Speech")
                .build();

        AreaAnalysis after = computed(changed, before);

        assertThat(after.championsGraphSoFar().sweep()).isSameAs(before.sweep());
        assertThat(after.championsGraphSoFar().figures()).isSameAs(before.figures());
        assertSameAsFresh(after, changed);
    }

    @Test
    void whatTheChampionsReadFromTheRestOfTheMapIsAlwaysReadAfresh() {
        AreaAnalysis first = computed(map().build(), null);
        ChampionsGraph before = first.championsGraphSoFar();
        // the same graph, but Bob is now the local evidence leader and the groups have stopped: the
        // champions report changes (roles, single champions of interventions in delivery), the figures do not
        AreaGraph changed = map().person("Bob", "LOCAL_EVIDENCE_LEADER")
                .intervention("Groups", "STOPPED")
                .build();

        AreaAnalysis after = computed(changed, before);

        assertThat(after.championsGraphSoFar().figures()).isSameAs(before.figures());
        assertThat(after.champions()).isNotEqualTo(first.champions());
        assertSameAsFresh(after, changed);
    }

    @Test
    void aChangeToTheChampionsGraphIsComputedAfresh() {
        ChampionsGraph before = computed(map().build(), null).championsGraphSoFar();
        AreaGraph changed = map().rel("Dan COLLABORATES_WITH Cat").build();

        AreaAnalysis after = computed(changed, before);

        assertThat(after.championsGraphSoFar().sweep()).isNotSameAs(before.sweep());
        assertThat(after.champions()).isNotEqualTo(new AreaAnalysis(map().build(), EvidenceRating.LEVEL_3).champions());
        assertSameAsFresh(after, changed);
    }

    @Test
    void aRenamedOrRetypedVertexIsComputedAfresh() {
        ChampionsGraph before = computed(map().build(), null).championsGraphSoFar();
        // the same edges between the same ids, but a name that sorts elsewhere moves the vertices
        AreaGraph renamed = map().called("Ann", "Zoe").build();
        // the same order and edges, but another name: the figures carry names
        AreaGraph sameOrder = map().called("Dan", "Dana").build();

        for (AreaGraph changed : new AreaGraph[] {renamed, sameOrder}) {
            AreaAnalysis after = computed(changed, before);
            assertThat(after.championsGraphSoFar().figures()).isNotSameAs(before.figures());
            assertSameAsFresh(after, changed);
        }
    }

    @Test
    void analysesNeverAskedForTheirGraphHandOnTheOneBeforeThem() {
        ChampionsGraph first = computed(map().build(), null).championsGraphSoFar();
        // after a change only the gaps were asked for: no champions graph was made
        AreaAnalysis gapsOnly = new AreaAnalysis(map().need("Speech", 2).build(), EvidenceRating.LEVEL_3, first);
        gapsOnly.gaps();
        assertThat(gapsOnly.championsGraphSoFar()).isSameAs(first);

        AreaGraph third = map().need("Speech", 2).need("Play", 1).build();
        AreaAnalysis after = computed(third, gapsOnly.championsGraphSoFar());

        assertThat(after.championsGraphSoFar().sweep()).isSameAs(first.sweep());
        assertSameAsFresh(after, third);
    }

    @Test
    void sameAsComparesVerticesInOrderAndTheirNeighbours() {
        AreaIndex index = new AreaIndex(map().build(), EvidenceRating.LEVEL_3);
        ChampionsGraph graph = ChampionsGraph.of(index);

        assertThat(graph.sameAs(ChampionsGraph.of(new AreaIndex(map().build(), EvidenceRating.LEVEL_3))))
                .isTrue();
        assertThat(graph.sameAs(ChampionsGraph.of(
                        new AreaIndex(map().rel("Ann COLLABORATES_WITH Dan").build(), EvidenceRating.LEVEL_3))))
                .isFalse();
        assertThat(graph.sameAs(ChampionsGraph.of(
                        new AreaIndex(map().person("Eve", "PRACTITIONER").build(), EvidenceRating.LEVEL_3))))
                .isFalse();
        assertThat(graph.sameAs(ChampionsGraph.of(
                        new AreaIndex(map().called("Bob", "Robert").build(), EvidenceRating.LEVEL_3))))
                .isFalse();
    }
}

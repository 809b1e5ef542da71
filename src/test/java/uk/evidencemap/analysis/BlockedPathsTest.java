package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.evidencemap.taxonomy.EvidenceRating;

/** Blocked implementation paths and their local suggestions, on hand-built maps. */
class BlockedPathsTest {

    private static List<BlockedPath> blockedPaths(MapBuilder map) {
        return new BlockedPaths(new AreaIndex(map.build(), EvidenceRating.LEVEL_3)).find();
    }

    @Test
    void anOpenUnmitigatedBarrierOnAPathBlocksItAndAMitigatedOneDoesNot() {
        MapBuilder map = MapBuilder.healthy()
                .barrier("Facilitator turnover", "LOCAL_IMPLEMENTATION", 4, "OPEN")
                .rel("Facilitator turnover BLOCKS Hub");
        List<BlockedPath> paths = blockedPaths(map);
        assertThat(paths).singleElement().satisfies(p -> {
            assertThat(p.commissioner().name()).isEqualTo("Council");
            assertThat(p.intervention().name()).isEqualTo("IY groups");
            assertThat(p.deliverer().name()).isEqualTo("Hub");
            assertThat(p.need().name()).isEqualTo("Behaviour");
            assertThat(p.blockers()).singleElement().satisfies(b -> {
                assertThat(b.barrier().name()).isEqualTo("Facilitator turnover");
                assertThat(b.at().name()).isEqualTo("Hub");
            });
        });

        map.enabler("Facilitator pool", "WORKFORCE_DEVELOPMENT").rel("Facilitator pool MITIGATES Facilitator turnover");
        assertThat(blockedPaths(map)).isEmpty();
    }

    @Test
    void aPathWithNoCommissionerOrDelivererYetCanStillBeBlocked() {
        MapBuilder map = new MapBuilder()
                .intervention("Pilot", "EXPLORATION")
                .barrier("No budget", "FUNDING", 5, "OPEN")
                .rel("No budget BLOCKS Pilot");
        assertThat(blockedPaths(map)).singleElement().satisfies(p -> {
            assertThat(p.commissioner()).isNull();
            assertThat(p.deliverer()).isNull();
            assertThat(p.need()).isNull();
            assertThat(p.intervention().name()).isEqualTo("Pilot");
        });
    }

    @Test
    void aBarrierThatIsNoLongerOpenDoesNotBlock() {
        MapBuilder map = MapBuilder.healthy()
                .barrier("Old cuts", "FUNDING", 5, "MITIGATED")
                .rel("Old cuts BLOCKS IY groups");
        assertThat(blockedPaths(map)).isEmpty();
    }

    @Test
    void eachBlockerCarriesItsCategoryByLabelAndItsCfirConstructForTheSuggestionsMatchedToIt() {
        MapBuilder map = MapBuilder.healthy()
                .barrier("Grant ends", "FUNDING", 4, "OPEN")
                .barrier("Turnover", "STAFF_CAPACITY", 3, "OPEN")
                .enabler("Training", "WORKFORCE_DEVELOPMENT")
                .rel("Grant ends BLOCKS IY groups", "Turnover BLOCKS Hub", "Training SUPPORTS Hub");
        assertThat(blockedPaths(map)).singleElement().satisfies(p -> {
            assertThat(p.blockers())
                    .extracting(Blocker::describe)
                    .containsExactly(
                            "Grant ends (Funding, severity 4) at IY groups",
                            "Turnover (Staff capacity, severity 3) at Hub");
            assertThat(p.suggestions())
                    .as("an enabler that merely supports a node of the path is no suggestion for its barriers")
                    .isEmpty();
            assertThat(p.help()).as("matched by the service, from every area").isEmpty();
        });
    }
}

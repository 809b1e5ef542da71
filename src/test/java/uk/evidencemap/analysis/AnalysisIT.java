package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.GlobalRole;

/** The analyses on the demo data, through the service and the API. */
@IntegrationTest
class AnalysisIT {

    @LocalServerPort
    int port;

    @Autowired
    AnalysisService analyses;

    @Autowired
    MapService map;

    @Autowired
    TestAreas areas;

    @Autowired
    TestUsers users;

    String scratch;

    @AfterEach
    void tearDown() {
        users.deleteAll();
        if (scratch != null) {
            areas.delete(scratch);
        }
    }

    @Autowired
    AnalysisRepository repository;

    @Test
    void theLeanAnalysisReadGivesTheSameMapAndFindingsAsTheFullRead() {
        for (String area : java.util.List.of("york", "merton", "stockport", "wirral")) {
            var full = map.graph(area);
            var lean = repository.graph(area);
            assertThat(lean.nodes())
                    .extracting(n -> n.id() + " " + n.type() + " " + n.name())
                    .containsExactlyInAnyOrderElementsOf(full.nodes().stream()
                            .map(n -> n.id() + " " + n.type() + " " + n.name())
                            .toList());
            assertThat(lean.relationships())
                    .extracting(r -> r.type() + " " + r.from() + " " + r.to())
                    .containsExactlyInAnyOrderElementsOf(full.relationships().stream()
                            .map(r -> r.type() + " " + r.from() + " " + r.to())
                            .toList());
            var threshold = uk.evidencemap.taxonomy.EvidenceRating.LEVEL_3;
            var fromFull = new AreaAnalysis(full, threshold);
            var fromLean = new AreaAnalysis(lean, threshold);
            assertThat(fromLean.gaps()).containsExactlyInAnyOrderElementsOf(fromFull.gaps());
            assertThat(fromLean.champions()).isEqualTo(fromFull.champions());
            assertThat(fromLean.blockedPaths()).containsExactlyInAnyOrderElementsOf(fromFull.blockedPaths());
        }
        assertThat(repository
                        .graph(TestAreas.class.getSimpleName() + "-no-such-area")
                        .nodes())
                .isEmpty();
    }

    @Test
    void yorkHasEveryKindOfGapEachExplained() {
        var gaps = analyses.gaps("york");
        EnumSet<GapKind> kinds = EnumSet.noneOf(GapKind.class);
        gaps.forEach(g -> kinds.add(g.kind()));
        assertThat(kinds).containsExactlyInAnyOrder(GapKind.values());
        assertThat(gaps).allSatisfy(g -> {
            assertThat(g.reason()).isNotBlank();
            assertThat(g.severity()).isBetween(1, 5);
        });
        assertThat(gaps)
                .filteredOn(g -> g.kind() == GapKind.UNMET_NEED)
                .anySatisfy(g -> assertThat(g.reason())
                        .isEqualTo("Need 'Early language and communication (0-5)' has"
                                + " no intervention in delivery with strong evidence; it is addressed by 'Early Talk for York'"
                                + " (full implementation, without strong evidence); 'Preparing for Life' (rated 3+, illustrative)"
                                + " targets it"));
        assertThat(gaps)
                .filteredOn(g -> g.kind() == GapKind.OUT_OF_REACH_OF_EVIDENCE_LEADERSHIP)
                .extracting(g -> g.subject().name())
                .contains("North York primary school cluster");
    }

    @Test
    void yorkHasChampionsAPotentialChampionAndSinglePointsOfFailure() {
        var report = analyses.champions("york");
        assertThat(report.people())
                .filteredOn(p -> !p.champions().isEmpty() && p.betweenness() > 0)
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(report.people())
                .filteredOn(PersonCentrality::potential)
                .extracting(p -> p.person().name())
                .contains("Owen Price");
        assertThat(report.singlePointsOfFailure()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(SinglePointOfFailure.Kind.ONLY_CHAMPION);
            assertThat(f.subject().name()).isEqualTo("Incredible Years Preschool groups");
        });
        assertThat(report.singlePointsOfFailure()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(SinglePointOfFailure.Kind.CUT_POINT);
            assertThat(f.person().name()).isEqualTo("Owen Price");
        });
    }

    @Test
    void yorksBlockedPathsCarrySuggestionsFromOtherAreas() {
        var paths = analyses.blockedPaths("york");
        assertThat(paths).isNotEmpty();
        assertThat(paths).anySatisfy(p -> {
            assertThat(p.intervention().name()).isEqualTo("Incredible Years Preschool groups");
            assertThat(p.blockers())
                    .extracting(b -> b.barrier().name())
                    .contains("Staff turnover in early help and facilitator posts");
            assertThat(p.suggestions()).anySatisfy(s -> {
                assertThat(s.areaName()).isEqualTo("Wirral");
                assertThat(s.subject().name()).isEqualTo("Shared facilitator pool across hubs");
            });
        });
        assertThat(paths)
                .anySatisfy(p -> assertThat(p.suggestions())
                        .anySatisfy(s -> assertThat(s.areaName()).isEqualTo("Stockport")));
    }

    @Test
    void theApiReturnsTheSameNumbersAsTheService() {
        Http http = Http.basic(port, users.create(GlobalRole.RESEARCHER));
        JsonNode gaps = http.get("/api/areas/york/gaps").body();
        assertThat(gaps.size()).isEqualTo(analyses.gaps("york").size());
        assertThat(gaps.get(0).get("kind").asString())
                .isEqualTo(analyses.gaps("york").getFirst().kind().name());
        assertThat(gaps.get(0).at("/subject/type").asString()).isNotBlank();

        JsonNode champions = http.get("/api/areas/york/champions").body();
        var report = analyses.champions("york");
        assertThat(champions.get("people").size()).isEqualTo(report.people().size());
        assertThat(champions.at("/people/0/betweenness").asDouble())
                .isEqualTo(report.people().getFirst().betweenness());
        assertThat(champions.at("/people/0/person/name").asString())
                .isEqualTo(report.people().getFirst().person().name());

        JsonNode paths = http.get("/api/areas/york/blocked-paths").body();
        assertThat(paths.size()).isEqualTo(analyses.blockedPaths("york").size());
        assertThat(paths.at("/0/blockers/0/barrier/name").asString()).isNotBlank();
    }

    @Test
    void theAnalysesFollowTheAreaAccessRules() {
        Http outsider = Http.basic(port, users.member("merton", AreaRole.VIEWER));
        for (String path : new String[] {"gaps", "champions", "blocked-paths"}) {
            assertThat(outsider.get("/api/areas/york/" + path).status())
                    .as(path)
                    .isEqualTo(403);
            assertThat(outsider.get("/api/areas/merton/" + path).status())
                    .as(path)
                    .isEqualTo(200);
            assertThat(new Http(port).get("/api/areas/york/" + path).status())
                    .as(path)
                    .isEqualTo(401);
        }
    }

    @Test
    void resultsAreCachedUntilTheAreaChanges() {
        scratch = areas.create();
        var first = analyses.results(scratch);
        assertThat(analyses.results(scratch).computedAt()).isEqualTo(first.computedAt());
        assertThat(analyses.results(scratch).gaps()).isSameAs(first.gaps());
        assertThat(first.gaps()).isEmpty();

        map.createNode(scratch, new NodeDraft(NodeType.NEED, "A need nobody meets", Map.of("priority", 2)));

        var second = analyses.results(scratch);
        assertThat(second.gaps()).isNotSameAs(first.gaps());
        assertThat(second.gaps()).extracting(Gap::kind).containsExactly(GapKind.UNMET_NEED);
        assertThat(analyses.previous(scratch)).contains(first);
        assertThat(Arrays.asList(GapKind.values())).isNotEmpty();
    }
}

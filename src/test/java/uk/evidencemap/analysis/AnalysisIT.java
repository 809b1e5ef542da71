package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestMap;
import uk.evidencemap.TestUsers;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.GlobalRole;
import uk.evidencemap.security.SystemUser;
import uk.evidencemap.taxonomy.EvidenceRating;

/** The analyses of a small local system each test builds ({@link SmallLocalSystem}), through the service and the API. */
@IntegrationTest
class AnalysisIT {

    @LocalServerPort
    int port;

    @Autowired
    AnalysisService analyses;

    @Autowired
    AnalysisRepository repository;

    @Autowired
    MapService map;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    SystemUser system;

    @Autowired
    JsonMapper json;

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers users;

    SmallLocalSystem smallSystem;
    AreaWithUsers ashby;

    @BeforeEach
    void anAreaWithAnEditorAndAViewer() {
        smallSystem = new SmallLocalSystem(testAreas, catalogue, system);
        ashby = testAreas.withUsers("Ashby");
    }

    @AfterEach
    void tearDown() {
        testAreas.deleteAll();
        smallSystem.deleteProgrammes();
        users.deleteAll();
    }

    @Test
    void theLeanAnalysisReadGivesTheSameMapAndFindingsAsTheFullRead() {
        smallSystem.build(ashby.id());

        AreaGraph full = map.graph(ashby.id());
        AreaGraph lean = repository.graph(ashby.id());

        assertThat(full.nodes())
                .as("21 nodes of the area and the 3 programmes it uses")
                .hasSize(24);
        assertThat(full.relationships()).hasSize(25);
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
        AreaAnalysis fromFull = new AreaAnalysis(full, EvidenceRating.LEVEL_3);
        AreaAnalysis fromLean = new AreaAnalysis(lean, EvidenceRating.LEVEL_3);
        assertThat(fromLean.gaps()).hasSize(9).containsExactlyElementsOf(fromFull.gaps());
        assertThat(fromLean.champions()).isEqualTo(fromFull.champions());
        assertThat(fromLean.blockedPaths()).hasSize(2).containsExactlyElementsOf(fromFull.blockedPaths());
        assertThat(repository.graph(ashby.id() + "-no-such-area").nodes()).isEmpty();
    }

    @Test
    void everyKindOfGapIsFoundWithItsSeverityAndReason() {
        TestMap built = smallSystem.build(ashby.id());
        Subject calmFamilies = subject(built, "Calm Families");

        List<Gap> gaps = users.as(ashby.viewer().username(), () -> analyses.gaps(ashby.id()));

        assertThat(gaps).extracting(Gap::kind).contains(GapKind.values());
        assertThat(gaps)
                .containsExactly(
                        new Gap(
                                GapKind.UNMET_NEED,
                                5,
                                subject(built, "Behaviour"),
                                "Need 'Behaviour' has no intervention in delivery with strong evidence; it is addressed"
                                        + " by 'Parent course' (initial implementation, without strong evidence);"
                                        + " 'Calm Families' (rated 4, illustrative) targets it",
                                List.of(Suggestion.here(
                                        calmFamilies, "'Calm Families' (rated 4, illustrative) targets this need"))),
                        new Gap(
                                GapKind.WEAK_EVIDENCE_DELIVERY,
                                4,
                                subject(built, "Parent course"),
                                "'Parent course' is in delivery without strong evidence (implements 'Steady Parents'"
                                        + " (rated 2)); for 'Behaviour', 'Calm Families' (rated 4, illustrative) targets"
                                        + " the same need",
                                List.of(Suggestion.here(
                                        calmFamilies,
                                        "'Calm Families' (rated 4, illustrative) targets the same need"))),
                        new Gap(
                                GapKind.UNMITIGATED_BARRIER,
                                4,
                                subject(built, "Short-term grant"),
                                "Open barrier 'Short-term grant' (Funding) has no enabler that mitigates it; it blocks"
                                        + " 'Talk groups'",
                                List.of()),
                        new Gap(
                                GapKind.UNMET_NEED,
                                3,
                                subject(built, "Sleep"),
                                "Need 'Sleep' has no intervention in delivery with strong evidence; nothing addresses it",
                                List.of()),
                        new Gap(
                                GapKind.UNMITIGATED_BARRIER,
                                3,
                                subject(built, "Parents not reached"),
                                "Open barrier 'Parents not reached' (Parent engagement) has no enabler that"
                                        + " mitigates it; it blocks 'Parent course'",
                                List.of()),
                        new Gap(
                                GapKind.UNCOMMISSIONED_INTERVENTION,
                                3,
                                subject(built, "Parent course"),
                                "Intervention 'Parent course' (initial implementation) is not commissioned by any"
                                        + " organisation",
                                List.of()),
                        new Gap(
                                GapKind.OUT_OF_REACH_OF_EVIDENCE_LEADERSHIP,
                                3,
                                subject(built, "Health Clinic"),
                                "Organisation 'Health Clinic' delivers 'Home visits', but is more than 3 relationships"
                                        + " away from every local evidence leader (Ann Leader)",
                                List.of()),
                        new Gap(
                                GapKind.UNCHAMPIONED_INTERVENTION,
                                2,
                                subject(built, "Home visits"),
                                "Intervention 'Home visits' (installation) has no one who champions or leads it",
                                List.of()),
                        new Gap(
                                GapKind.UNCOMMISSIONED_INTERVENTION,
                                2,
                                subject(built, "Home visits"),
                                "Intervention 'Home visits' (installation) is not commissioned by any organisation",
                                List.of()));
    }

    @Test
    void peopleAreRankedByBetweennessWithAPotentialChampionAndTheSinglePointsOfFailure() {
        TestMap built = smallSystem.build(ashby.id());

        ChampionReport report = users.as(ashby.viewer().username(), () -> analyses.champions(ashby.id()));

        // betweenness as worked out in SmallLocalSystem: the pairs each person separates, of 36
        assertThat(report.people())
                .usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(closeTo(), Double.class)
                        .build())
                .containsExactly(
                        new PersonCentrality(
                                person(built, "Cara Reid"),
                                18 / 36.0,
                                2,
                                List.of(subject(built, "Parent course")),
                                false),
                        new PersonCentrality(person(built, "Dee Moss"), 14 / 36.0, 2, List.of(), true),
                        new PersonCentrality(
                                person(built, "Ann Leader"),
                                8 / 36.0,
                                1,
                                List.of(subject(built, "Talk groups")),
                                false),
                        new PersonCentrality(person(built, "Ben Broker"), 0, 1, List.of(), false));
        assertThat(report.singlePointsOfFailure())
                .containsExactly(
                        new SinglePointOfFailure(
                                SinglePointOfFailure.Kind.ONLY_CHAMPION,
                                subject(built, "Parent course"),
                                person(built, "Cara Reid"),
                                "'Parent course' has one champion: Cara Reid"),
                        new SinglePointOfFailure(
                                SinglePointOfFailure.Kind.ONLY_CHAMPION,
                                subject(built, "Talk groups"),
                                person(built, "Ann Leader"),
                                "'Talk groups' has one champion: Ann Leader"),
                        new SinglePointOfFailure(
                                SinglePointOfFailure.Kind.CUT_POINT,
                                subject(built, "Ann Leader"),
                                person(built, "Ann Leader"),
                                "Without Ann Leader, Ben Broker is cut off from the rest of the network"),
                        new SinglePointOfFailure(
                                SinglePointOfFailure.Kind.CUT_POINT,
                                subject(built, "Cara Reid"),
                                person(built, "Cara Reid"),
                                "Without Cara Reid, 3 nodes (Dee Moss, Health Clinic, Home visits) are cut off from the"
                                        + " rest of the network"),
                        new SinglePointOfFailure(
                                SinglePointOfFailure.Kind.CUT_POINT,
                                subject(built, "Dee Moss"),
                                person(built, "Dee Moss"),
                                "Without Dee Moss, 2 nodes (Health Clinic, Home visits) are cut off from the rest of"
                                        + " the network"));
    }

    @Test
    void blockedPathsCarrySuggestionsMatchedToEachBarrierNamingOnlyTheAreasTheUserMayRead() {
        smallSystem.build(ashby.id());
        String bexley = testAreas.create("Bexley");
        String crewe = testAreas.create("Crewe");
        String dover = testAreas.create("Dover");
        smallSystem.help(bexley, "Bridging fund", 4, "Grant ending", "FUNDING");
        smallSystem.help(bexley, "Relief staff", 5, "Rota gaps", "STAFF_CAPACITY");
        smallSystem.help(crewe, "Parent ambassadors", 3, "Low take-up", "PARENT_ENGAGEMENT");
        smallSystem.help(dover, "Charity grant", 5, "Council cuts", "FUNDING");
        users.grant(ashby.editor(), bexley, AreaRole.VIEWER);
        users.grant(ashby.editor(), crewe, AreaRole.VIEWER);
        String pooledBudget = "Here, 'Pooled budget' (Funding and capacity) mitigates 'Budget cut', also a Funding"
                + " barrier (status: Open)";

        List<BlockedPath> forEditor = users.as(ashby.editor().username(), () -> analyses.blockedPaths(ashby.id()));
        assertThat(forEditor).extracting(p -> p.intervention().name()).containsExactly("Talk groups", "Parent course");
        BarrierHelp grant = forEditor.getFirst().help().getFirst();
        assertThat(grant.barrier().name()).isEqualTo("Short-term grant");
        assertThat(grant.category()).isEqualTo("Funding");
        assertThat(grant.suggestions())
                .extracting(Suggestion::text)
                .startsWith(
                        pooledBudget,
                        "In Bexley, 'Bridging fund' (Other) mitigates 'Grant ending', also a Funding barrier (status:"
                                + " Open)")
                .anyMatch(t -> t.matches(
                        "\\d+ other areas? mitigated a Funding barrier with an enabler of category" + " Other"))
                .allSatisfy(t -> assertThat(t).doesNotContain("Dover", "Charity grant", "Council cuts"))
                .noneMatch(t -> t.contains("Relief staff") || t.contains("already supports"));
        assertThat(forEditor.getLast().help())
                .singleElement()
                .satisfies(h -> assertThat(h.suggestions())
                        .extracting(Suggestion::text)
                        .contains("In Crewe, 'Parent ambassadors' (Other) mitigates 'Low take-up', also a Parent"
                                + " engagement barrier (status: Open)"));

        // the viewer reads Ashby alone: its own enablers by name, every other area counted without a name
        List<BlockedPath> forViewer = users.as(ashby.viewer().username(), () -> analyses.blockedPaths(ashby.id()));
        assertThat(forViewer.getFirst().help().getFirst().suggestions())
                .extracting(Suggestion::text)
                .startsWith(pooledBudget)
                .anyMatch(t -> t.matches(
                        "[2-9]\\d* other areas mitigated a Funding barrier with an enabler of" + " category Other"))
                .allSatisfy(t -> assertThat(t).doesNotContain("Bexley", "Bridging fund", "Crewe", "Dover"));
        assertThat(forViewer)
                .flatExtracting(BlockedPath::suggestions)
                .allSatisfy(s -> assertThat(s.areaName()).isNull());

        // an administrator reads every area: Dover's help is named
        assertThat(analyses.blockedPaths(ashby.id()).getFirst().suggestions())
                .extracting(Suggestion::text)
                .contains("In Dover, 'Charity grant' (Other) mitigates 'Council cuts', also a Funding barrier (status:"
                        + " Open)");
    }

    @Test
    void theApiReturnsExactlyWhatTheServiceFinds() {
        smallSystem.build(ashby.id());
        String bexley = testAreas.create("Bexley");
        smallSystem.help(bexley, "Bridging fund", 4, "Grant ending", "FUNDING");
        users.grant(ashby.editor(), bexley, AreaRole.VIEWER);
        String editor = ashby.editor().username();
        Http http = Http.basic(port, ashby.editor());

        var gaps = http.get("/api/areas/" + ashby.id() + "/gaps");
        assertThat(gaps.status()).isEqualTo(200);
        assertThat(gaps.body()).isEqualTo(json.valueToTree(users.as(editor, () -> analyses.gaps(ashby.id()))));
        assertThat(gaps.body().size()).isEqualTo(9);
        assertThat(gaps.body().at("/0/kind").asString()).isEqualTo("UNMET_NEED");
        assertThat(gaps.body().at("/0/subject/name").asString()).isEqualTo("Behaviour");
        assertThat(gaps.body().at("/0/subject/type").asString()).isEqualTo("Need");

        var champions = http.get("/api/areas/" + ashby.id() + "/champions");
        assertThat(champions.status()).isEqualTo(200);
        assertThat(champions.body())
                .isEqualTo(json.valueToTree(users.as(editor, () -> analyses.champions(ashby.id()))));
        assertThat(champions.body().at("/people/0/person/name").asString()).isEqualTo("Cara Reid");
        assertThat(champions.body().at("/people/0/betweenness").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(champions.body().at("/singlePointsOfFailure").size()).isEqualTo(5);

        var paths = http.get("/api/areas/" + ashby.id() + "/blocked-paths");
        assertThat(paths.status()).isEqualTo(200);
        assertThat(paths.body()).isEqualTo(json.valueToTree(users.as(editor, () -> analyses.blockedPaths(ashby.id()))));
        assertThat(paths.body().size()).isEqualTo(2);
        assertThat(paths.body().at("/0/blockers/0/barrier/name").asString()).isEqualTo("Short-term grant");
        assertThat(paths.body().at("/0/suggestions/1/areaName").asString()).isEqualTo("Bexley");
        assertThat(paths.body().at("/0/help/0/barrier/name").asString()).isEqualTo("Short-term grant");
        assertThat(paths.body().at("/0/help/0/category").asString()).isEqualTo("Funding");
        assertThat(paths.body().at("/0/blockers/0/categoryLabel").asString()).isEqualTo("Funding");
    }

    @Test
    void aCausalLoopAreaGivesEachLoopWithItsKindThroughTheApiAndKeepsThemCurrentAfterAChange() {
        String editor = ashby.editor().username();
        Map<String, String> ids = new java.util.HashMap<>();
        users.as(editor, () -> {
            for (String name : List.of("Debt", "Stress", "Conflict", "Demand")) {
                ids.put(
                        name,
                        map.createNode(ashby.id(), new NodeDraft(NodeType.FACTOR, name, Map.of()))
                                .id());
            }
            ids.put(
                    "Groups",
                    map.createNode(
                                    ashby.id(),
                                    new NodeDraft(
                                            NodeType.INTERVENTION, "Groups", Map.of("stage", "FULL_IMPLEMENTATION")))
                            .id());
            return null;
        });
        for (String[] link : new String[][] {
            {"Debt", "Stress", "SAME"}, {"Stress", "Conflict", "SAME"}, {"Conflict", "Debt", "SAME"},
            {"Groups", "Conflict", "OPPOSITE"}, {"Conflict", "Demand", "SAME"}, {"Demand", "Groups", "SAME"}
        }) {
            users.as(
                    editor,
                    () -> map.createRelationship(
                            ashby.id(),
                            new uk.evidencemap.map.RelationshipDraft(
                                    uk.evidencemap.map.RelationshipType.INFLUENCES,
                                    ids.get(link[0]),
                                    ids.get(link[1]),
                                    Map.of("polarity", link[2]))));
        }
        Http http = Http.basic(port, ashby.editor());

        var loops = http.get("/api/areas/" + ashby.id() + "/loops");

        assertThat(loops.status()).isEqualTo(200);
        assertThat(loops.body().at("/capped").asBoolean()).isFalse();
        assertThat(loops.body().at("/loops").size()).isEqualTo(2);
        assertThat(loops.body().at("/loops/0/kind").asString()).isEqualTo("REINFORCING");
        assertThat(loops.body().at("/loops/0/members/0/name").asString()).isEqualTo("Conflict");
        assertThat(loops.body().at("/loops/0/members/1/name").asString()).isEqualTo("Debt");
        assertThat(loops.body().at("/loops/0/relationships").size()).isEqualTo(3);
        assertThat(loops.body().at("/loops/1/kind").asString()).isEqualTo("BALANCING");

        users.as(
                editor,
                () -> map.createRelationship(
                        ashby.id(),
                        new uk.evidencemap.map.RelationshipDraft(
                                uk.evidencemap.map.RelationshipType.INFLUENCES,
                                ids.get("Stress"),
                                ids.get("Debt"),
                                Map.of())));
        var after = http.get("/api/areas/" + ashby.id() + "/loops");
        assertThat(after.body().at("/loops").size()).isEqualTo(3);
        assertThat(after.body().at("/loops/0/kind").asString())
                .as("Debt and Stress, one link of unknown polarity")
                .isEqualTo("UNDETERMINED");
    }

    @Test
    void theAnalysesFollowTheAreaAccessRules() {
        smallSystem.build(ashby.id());
        AreaWithUsers bexley = testAreas.withUsers("Bexley");
        Http bexleyViewer = Http.basic(port, bexley.viewer());
        Http ashbyViewer = Http.basic(port, ashby.viewer());
        Http researcher = Http.basic(port, users.create(GlobalRole.RESEARCHER));
        Http anonymous = new Http(port);

        for (String path : List.of("gaps", "champions", "blocked-paths", "metrics", "loops")) {
            assertThat(bexleyViewer.get("/api/areas/" + ashby.id() + "/" + path).status())
                    .as(path)
                    .isEqualTo(403);
            assertThat(bexleyViewer
                            .get("/api/areas/" + bexley.id() + "/" + path)
                            .status())
                    .as(path)
                    .isEqualTo(200);
            assertThat(ashbyViewer.get("/api/areas/" + ashby.id() + "/" + path).status())
                    .as(path)
                    .isEqualTo(200);
            assertThat(researcher.get("/api/areas/" + ashby.id() + "/" + path).status())
                    .as(path)
                    .isEqualTo(200);
            assertThat(anonymous.get("/api/areas/" + ashby.id() + "/" + path).status())
                    .as(path)
                    .isEqualTo(401);
        }
        String outsider = bexley.viewer().username();
        assertThatThrownBy(() -> users.as(outsider, () -> analyses.gaps(ashby.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(outsider, () -> analyses.champions(ashby.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(outsider, () -> analyses.blockedPaths(ashby.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(outsider, () -> analyses.network(ashby.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void resultsAreCachedUntilTheAreaChanges() {
        String area = ashby.id();
        var first = analyses.results(area);
        assertThat(analyses.results(area).computedAt()).isEqualTo(first.computedAt());
        assertThat(analyses.results(area).gaps()).isSameAs(first.gaps());
        assertThat(first.gaps()).isEmpty();

        map.createNode(area, new NodeDraft(NodeType.NEED, "A need nobody meets", Map.of("priority", 2)));

        var second = analyses.results(area);
        assertThat(second.gaps()).isNotSameAs(first.gaps());
        assertThat(second.gaps()).extracting(Gap::kind).containsExactly(GapKind.UNMET_NEED);
        assertThat(analyses.previous(area)).contains(first);
    }

    private static Subject subject(TestMap built, String name) {
        return Subject.of(built.get(name));
    }

    private static PersonRef person(TestMap built, String name) {
        MapNode person = built.get(name);
        return new PersonRef(person.id(), person.name(), person.text("role"));
    }

    private static Comparator<Double> closeTo() {
        return (a, b) -> Math.abs(a - b) <= 1e-9 ? 0 : Double.compare(a, b);
    }
}

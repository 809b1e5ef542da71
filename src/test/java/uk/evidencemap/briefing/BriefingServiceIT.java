package uk.evidencemap.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestMap;
import uk.evidencemap.TestUsers;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.BlockedPath;
import uk.evidencemap.analysis.Gap;
import uk.evidencemap.analysis.PersonCentrality;
import uk.evidencemap.analysis.SmallLocalSystem;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.comparison.AreaMetrics;
import uk.evidencemap.comparison.ComparisonService;
import uk.evidencemap.comparison.SnapshotService;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodePlacesService;
import uk.evidencemap.map.NodePosition;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.SystemUser;

/**
 * The briefing on a small system whose findings are worked out by hand ({@link SmallLocalSystem}),
 * and the PDF of each demo area (loaded at start-up), read back with PDFBox.
 */
@IntegrationTest
class BriefingServiceIT {

    private static final List<String> DEMO_AREAS = List.of("york", "merton", "stockport", "wirral");

    @Autowired
    BriefingService briefings;

    @Autowired
    AnalysisService analyses;

    @Autowired
    ComparisonService comparison;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    AreaService areas;

    @Autowired
    MapService map;

    @Autowired
    NodePlacesService places;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers users;

    @Autowired
    SystemUser system;

    SmallLocalSystem smallSystem;
    AreaWithUsers area;

    @BeforeEach
    void anArea() {
        smallSystem = new SmallLocalSystem(testAreas, catalogue, system);
        area = testAreas.withUsers("Ashby");
    }

    @AfterEach
    void tearDown() {
        testAreas.deleteAll();
        smallSystem.deleteProgrammes();
        users.deleteAll();
    }

    @Test
    void theBriefingSaysWhatTheAnalysesFindInWords() {
        TestMap built = smallSystem.build(area.id());
        places.savePositions(
                area.id(),
                Map.of(
                        built.get("Ann Leader").id(), new NodePosition(0, 0),
                        built.get("North Council").id(), new NodePosition(300, 120)));

        Briefing briefing = briefings.briefing(area.id(), null);

        assertThat(briefing.area().name()).isEqualTo("Ashby");
        assertThat(briefing.baseline()).as("no snapshot yet").isNull();
        assertThat(briefing.figuresIntro()).startsWith("There is no snapshot of this area yet");
        assertThat(briefing.figures())
                .extracting(Briefing.Figure::label, Briefing.Figure::value, Briefing.Figure::change)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("Interventions in delivery", "2", null),
                        org.assertj.core.groups.Tuple.tuple("In delivery with strong evidence", "1", null),
                        org.assertj.core.groups.Tuple.tuple("Share in delivery with strong evidence", "50%", null),
                        org.assertj.core.groups.Tuple.tuple("Unmet needs", "2", null));
        assertThat(briefing.gapCount()).isEqualTo(9);
        assertThat(briefing.topGaps())
                .extracting(Briefing.GapLine::title)
                .containsExactly(
                        "Unmet need: Behaviour",
                        "Weak-evidence delivery: Parent course",
                        "Unmitigated barrier: Short-term grant",
                        "Unmet need: Sleep",
                        "Unmitigated barrier: Parents not reached");
        assertThat(briefing.topGaps().get(2).reason())
                .isEqualTo("Open barrier 'Short-term grant' (Funding) has no enabler that mitigates it; it blocks"
                        + " 'Talk groups'");
        assertThat(briefing.champions())
                .extracting(Briefing.ChampionLine::name)
                .containsExactly("Cara Reid", "Dee Moss", "Ann Leader", "Ben Broker");
        Briefing.ChampionLine cara = briefing.champions().getFirst();
        assertThat(cara.role()).isEqualTo("Practitioner");
        assertThat(cara.inWords())
                .isEqualTo("Betweenness 0.50: about half of the shortest links between people, organisations and"
                        + " interventions run through them.");
        assertThat(cara.work())
                .isEqualTo("Champions or leads: Parent course. Bridges 2 organisations (works for them or with their"
                        + " people).");
        assertThat(briefing.champions().get(2).role()).isEqualTo("Local evidence leader");
        assertThat(briefing.champions().get(3).work()).startsWith("Champions or leads nothing yet.");
        assertThat(briefing.failureCount())
                .isEqualTo(5)
                .isEqualTo(briefing.failures().size());
        assertThat(briefing.blockedPathCount()).isEqualTo(2);
        Briefing.PathLine talkGroups = briefing.blockedPaths().getFirst();
        assertThat(briefing.blockedPaths())
                .extracting(Briefing.PathLine::intervention)
                .containsExactly("Talk groups", "Parent course");
        assertThat(talkGroups.parts())
                .isEqualTo("Commissioned by North Council; delivered by Family Hub; for the need Early language.");
        assertThat(talkGroups.blockedBy())
                .isEqualTo("Blocked by 'Short-term grant' (Funding, severity 4 of 5) at 'Talk groups'.");
        assertThat(talkGroups.suggestions())
                .as("matched to the barrier: an enabler here that mitigates another Funding barrier")
                .contains("For 'Short-term grant' (Funding): Here, 'Pooled budget' (Funding and capacity) mitigates"
                        + " 'Budget cut', also a Funding barrier (status: Open)")
                .noneMatch(s -> s.contains("already supports"));
        assertThat(briefing.blockedPaths().get(1).parts()).startsWith("No commissioner on the map; delivered by");

        assertThat(briefing.changes().since()).isEqualTo(Briefing.defaultSince(Instant.now()));
        assertThat(briefing.changes().byKind())
                .containsExactly(new Briefing.Count("Nodes added", 21), new Briefing.Count("Connections made", 25));
        assertThat(briefing.changes().total()).isEqualTo(46);
        assertThat(briefing.changes().latest()).hasSize(Briefing.MOST_CHANGES);
        assertThat(briefing.changes().latest().getFirst().what())
                .isEqualTo("connected 'Hub volunteers' supports 'Family Hub'");

        assertThat(briefing.picture().nodes())
                .as("21 of the area's and 3 programmes")
                .isEqualTo(24);
        assertThat(briefing.picture().placed()).isEqualTo(2);
        assertThat(briefing.picture().named()).isEqualTo(24);

        Briefing later = briefings.briefing(area.id(), LocalDate.now().plusDays(2));
        assertThat(later.changes().total()).isZero();
        assertThat(later.changesIntro()).startsWith("Nothing changed in the map, and no one commented, since ");
    }

    @Test
    void eachFigureSaysHowItMovedSinceTheLastSnapshot() {
        smallSystem.build(area.id());
        snapshots.take(List.of(area.id()));
        map.createNode(
                area.id(),
                new NodeDraft(NodeType.INTERVENTION, "Baby massage", Map.of("stage", "FULL_IMPLEMENTATION")));

        Briefing briefing = briefings.briefing(area.id(), null);

        assertThat(briefing.baseline()).isNotNull();
        assertThat(briefing.baseline().illustrative()).isFalse();
        assertThat(briefing.figures())
                .extracting(Briefing.Figure::label, Briefing.Figure::value, Briefing.Figure::changeInWords)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Interventions in delivery", "3", "+1"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Share in delivery with strong evidence", "33%", "-17 pts (worse)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Champion coverage (in delivery with a champion)", "67%", "-33 pts (worse)"),
                        org.assertj.core.groups.Tuple.tuple("Unmet needs", "2", "no change"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Nodes on the map (catalogue programmes apart)", "22", "+1"));
    }

    @Test
    void onlyPeopleWhoMayReadTheAreaGetItsBriefing() {
        smallSystem.build(area.id());
        String other = testAreas.create();
        var outsider = users.member(other, uk.evidencemap.security.AreaRole.EDITOR);

        assertThat(users.as(area.viewer().username(), () -> briefings.pdf(area.id(), null))
                        .content())
                .isNotEmpty();
        assertThatThrownBy(() -> users.as(outsider.username(), () -> briefings.pdf(area.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> briefings.briefing("no-such-area", null)).isInstanceOf(NotFoundException.class);
    }

    /**
     * Every demo area's PDF holds its headline figures, most severe gaps, champions and blocked
     * paths. Prints each file's size and how long it took (the first time, and again), and keeps
     * the files in target/ to look at.
     */
    @Test
    void thePdfOfEachDemoAreaHoldsItsFiguresGapsChampionsAndBlockedPaths() throws IOException {
        for (String id : DEMO_AREAS) {
            long start = System.nanoTime();
            BriefingFile file = briefings.pdf(id, null);
            long first = System.nanoTime() - start;
            start = System.nanoTime();
            briefings.pdf(id, null);
            long again = System.nanoTime() - start;
            System.out.printf(
                    "Briefing of %s: %,d bytes; written in %d ms the first time, %d ms again%n",
                    id, file.content().length, first / 1_000_000, again / 1_000_000);
            Files.write(Path.of("target", file.fileName()), file.content());

            assertThat(file.fileName()).isEqualTo(id + "-briefing-" + LocalDate.now(Words.UK) + ".pdf");
            try (PDDocument pdf = Loader.loadPDF(file.content())) {
                String text = BriefingPdfTest.text(pdf);
                assertThat(text).as(id).contains(areas.require(id).name());
                for (Briefing.Section section : Briefing.Section.values()) {
                    assertThat(text).as(id).contains(section.heading());
                }
                AreaMetrics figures = comparison.compare(List.of(id)).getFirst().metrics();
                for (var metric : BriefingService.FIGURES) {
                    assertThat(text).as(id).contains(metric.label() + " " + metric.format(metric.of(figures)));
                }
                assertThat(text).as(id).contains("(made-up history of the demo, marked illustrative)");
                List<Gap> gaps = analyses.gaps(id);
                assertThat(gaps).as(id).isNotEmpty();
                for (Gap gap : gaps.subList(0, Math.min(5, gaps.size()))) {
                    assertThat(text)
                            .as(id)
                            .contains(gap.kind().label() + ": " + gap.subject().name());
                }
                List<PersonCentrality> people = analyses.champions(id).people();
                for (PersonCentrality person : people.subList(0, Math.min(5, people.size()))) {
                    assertThat(text).as(id).contains(person.person().name() + " (");
                }
                List<BlockedPath> paths = analyses.blockedPaths(id);
                assertThat(paths).as(id + " has blocked paths").isNotEmpty();
                for (BlockedPath path : paths.subList(0, Math.min(Briefing.MOST_PATHS, paths.size()))) {
                    assertThat(text).as(id).contains(path.intervention().name());
                    assertThat(path.help()).as(id + ": help for each barrier").isNotEmpty();
                    for (var help : path.help()) {
                        String firstLine = help.suggestions().isEmpty()
                                ? "No suggestion yet"
                                : help.suggestions().getFirst().text();
                        assertThat(text)
                                .as(id + ": the suggestion matched to the barrier, in the PDF")
                                .contains(
                                        ("For '" + help.barrier().name() + "' (" + help.category() + "): " + firstLine)
                                                .replaceAll("\\s+", " "));
                    }
                }
                assertThat(text)
                        .as(id + ": no codes")
                        .doesNotContain("STAFF_CAPACITY", "LOCAL_EVIDENCE_LEADER", "FULL_IMPLEMENTATION", "FUNDING");
            }
        }
    }
}

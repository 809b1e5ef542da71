package uk.evidencemap.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.evidencemap.area.Area;
import uk.evidencemap.comparison.AreaMetrics;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;

/** The PDF, read back with PDFBox: every section, every name as typed, the map on a landscape page. */
class BriefingPdfTest {

    private static final String AREA = "Łódź-on-Øre (Zoë's test area)";

    static Briefing briefing() {
        AreaMetrics before = new AreaMetrics(
                4, 1, 0.25, 3, 5, 4, Map.of("FUNDING", 5), Map.of("FUNDING", 4), 0.5, 6, 40, 80, 0.05, 2);
        AreaMetrics now = new AreaMetrics(
                5, 2, 0.4, 2, 5, 3, Map.of("FUNDING", 5), Map.of("FUNDING", 3), 0.6, 7, 45, 90, 0.045, 1);
        Briefing.Picture picture = MapPicture.draw(
                new AreaGraph(
                        "t", List.of(new MapNode("n", NodeType.NEED, "t", "Early language", 0, Map.of())), List.of()),
                Map.of());
        return new Briefing(
                new Area("t", AREA, null, "Test region"),
                Instant.parse("2026-11-30T14:05:00Z"),
                BriefingService.figures(now, before),
                new Briefing.Baseline(Instant.parse("2026-11-01T02:00:00Z"), true),
                9,
                List.of(new Briefing.GapLine(
                        5,
                        "Unmet need",
                        "Early language",
                        "Need",
                        "Need 'Early language' has no intervention in delivery with strong evidence")),
                List.of(new Briefing.ChampionLine(
                        "Олена Коваль",
                        "Local evidence leader",
                        0.36,
                        Words.betweenness(0.36),
                        2,
                        List.of("Talk groups"),
                        false)),
                1,
                List.of("'Talk groups' has one champion: Олена Коваль"),
                12,
                List.of(new Briefing.PathLine(
                        "Talk groups",
                        "North Council",
                        null,
                        "Early language",
                        List.of("'Short-term grant' (Funding, severity 4 of 5) at 'Talk groups'"),
                        List.of("'Pooled budget' mitigates a barrier of the same category here (Funding: 'Cuts')"),
                        3)),
                new Briefing.Changes(
                        LocalDate.of(2026, 10, 31),
                        2,
                        false,
                        List.of(new Briefing.Count("Nodes added", 1), new Briefing.Count("Connections made", 1)),
                        List.of(
                                new Briefing.ChangeLine(
                                        Instant.parse("2026-11-20T10:00:00Z"), "ana", "connected 'A' works for 'B'"),
                                new Briefing.ChangeLine(
                                        Instant.parse("2026-11-19T09:30:00Z"), "ana", "added Need 'Early language'"))),
                picture);
    }

    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void everySectionIsWrittenInWordsWithEveryNameAsTyped() throws IOException {
        byte[] bytes = BriefingPdf.write(briefing());

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = text(pdf);
            assertThat(text)
                    .contains("Briefing for the directorate management team", AREA)
                    .contains("Prepared on 30 November 2026 at 14:05 (UK time)")
                    .contains("The change is counted since the area's last snapshot, taken on 1 November 2026"
                            + " (made-up history of the demo, marked illustrative).")
                    .contains("Interventions in delivery 5 +1")
                    .contains("Open barriers no enabler mitigates 3 -1 (better)")
                    .contains("Champion coverage (in delivery with a champion) 60% +10 pts (better)")
                    .contains("Blocked implementation paths 7 +1 (worse)")
                    .contains("Open barriers 5 no change")
                    .contains("The map has 9 gaps; the 1 most severe (severity 1 = minor to 5 = critical):")
                    .contains("1. Unmet need: Early language (Need), severity 5 of 5")
                    .contains("Олена Коваль (Local evidence leader)")
                    .contains("Betweenness 0.36: about a third of the shortest links between people, organisations"
                            + " and interventions run through them.")
                    .contains("Champions or leads: Talk groups. Bridges 2 organisations")
                    .contains("'Talk groups' has one champion: Олена Коваль")
                    .contains("12 paths from commissioner to intervention to deliverer and need are blocked")
                    .contains("Commissioned by North Council; no deliverer on the map; for the need Early language.")
                    .contains("Blocked by 'Short-term grant' (Funding, severity 4 of 5) at 'Talk groups'.")
                    .contains("And 3 more on the Analysis page.")
                    .contains("What changed in the map since 31 October 2026")
                    .contains("2 changes since 31 October 2026: Nodes added 1, Connections made 1.")
                    .contains("20 Nov 2026 10:00 ana connected 'A' works for 'B'")
                    .contains("1 node, laid out automatically")
                    .doesNotContain("FUNDING", "LOCAL_EVIDENCE_LEADER", "null");
            for (Briefing.Section section : Briefing.Section.values()) {
                assertThat(text).contains(section.heading());
            }
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Briefing: " + AREA);
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item :
                    pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks)
                    .containsExactly(
                            "Headline figures",
                            "The most severe gaps",
                            "Champions",
                            "Single points of failure",
                            "Blocked implementation paths",
                            "What changed in the map since 31 October 2026",
                            "The map");
            PDPage first = pdf.getPage(0);
            PDPage last = pdf.getPage(pdf.getNumberOfPages() - 1);
            assertThat(first.getMediaBox().getHeight())
                    .isGreaterThan(first.getMediaBox().getWidth());
            assertThat(last.getMediaBox().getWidth())
                    .as("the map's page is landscape")
                    .isGreaterThan(last.getMediaBox().getHeight());
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pdf.getNumberOfPages());
            assertThat(lastPage.getText(pdf)).contains("The map").contains("Page " + pdf.getNumberOfPages());
            assertThat(last.getResources().getXObjectNames()).as("the picture").hasSize(1);
        }
    }
}

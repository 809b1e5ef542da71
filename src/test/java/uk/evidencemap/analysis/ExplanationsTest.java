package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-English explanations (issue 16, finding 6): every figure and kind has one, and the docs say the same. */
class ExplanationsTest {

    @Test
    void everyKindOfGapAndEveryFigureIsExplained() {
        assertThat(Explanations.GAP_KINDS).containsOnlyKeys(GapKind.values());
        assertThat(Explanations.gapKinds()).allMatch(line -> line.length() > 40);
        assertThat(String.join(" ", Explanations.NODE_FIGURES))
                .contains("Degree:", "Closeness:", "Eigenvector:", "Betweenness:", "2-step reach:", "Community:");
        assertThat(String.join(" ", Explanations.NETWORK_FIGURES))
                .contains("Density:", "Separate parts", "Diameter:", "Average shortest route", "Communities:");
        assertThat(Explanations.all())
                .containsOnlyKeys("Gaps", "Champions", "Blocked paths", "Network", "Feedback loops");
        assertThat(Explanations.all().get("Champions"))
                .contains(
                        Explanations.BETWEENNESS,
                        Explanations.POTENTIAL_CHAMPION,
                        Explanations.SINGLE_POINT_OF_FAILURE);
    }

    @Test
    void theChampionsTabSaysWhatItsCountCounts() {
        assertThat(Explanations.championsTab(10, 16)).isEqualTo("Champions: 10 of 16 people");
        assertThat(Explanations.championsCount(10, 16))
                .isEqualTo("10 of the 16 people on the map champion or lead something (the count on the tab);"
                        + " all 16 are listed, the most central first.");
        assertThat(Explanations.loopKinds(2, 1, 0)).isEqualTo("2 reinforcing, 1 balancing, 0 undetermined.");
    }

    @Test
    void docsAnalysesSaysTheSameInPlainEnglish() throws IOException {
        String docs = Files.readString(Path.of("docs/analyses.md"));
        String plain = docs.substring(docs.indexOf("## In plain English"));
        for (var tab : Explanations.all().entrySet()) {
            assertThat(plain).contains("### " + tab.getKey());
            for (String meaning : tab.getValue()) {
                assertThat(plain).as(tab.getKey()).contains("- " + meaning + "\n");
            }
        }
        assertThat(List.of(docs.split("\n"))).contains("## The size of a map");
    }
}

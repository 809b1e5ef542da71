package uk.evidencemap.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.evidencemap.analysis.Explanations;

/** The Help page explains every figure of the analysis page in the page's own words (issue 16, finding 6). */
class HelpViewTest {

    @Test
    void everyExplanationOfTheAnalysisPageIsOnTheHelpPage() {
        String text = new HelpView().getElement().getTextRecursively();
        assertThat(text).contains("What the figures mean");
        Explanations.all().values().stream()
                .flatMap(java.util.List::stream)
                .forEach(meaning -> assertThat(text).contains(meaning));
        assertThat(text).contains("61 nodes, plus 11 catalogue programmes");
    }
}

package uk.evidencemap.briefing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.BrowserPage;
import uk.evidencemap.BrowserTestBase;
import uk.evidencemap.analysis.SmallLocalSystem;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.security.SystemUser;

/**
 * In real Chromium: printing the briefing page gives the briefing alone (the application's frame
 * and the page's controls are left out by its print style sheet), with the map on a landscape
 * page. Chromium's print is read back with PDFBox, and kept as target/briefing-printed.pdf.
 */
class BriefingBrowserIT extends BrowserTestBase {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    SystemUser system;

    SmallLocalSystem smallSystem;

    @AfterEach
    void removeTheProgrammes() {
        if (smallSystem != null) {
            smallSystem.deleteProgrammes();
        }
    }

    @Test
    void printingThePageGivesTheBriefingAloneWithTheMapOnALandscapePage() throws Exception {
        smallSystem = new SmallLocalSystem(areas, catalogue, system);
        AreaWithUsers area = areas.withUsers("Exeter");
        smallSystem.build(area.id());

        BrowserPage page = signIn(area.viewer());
        page.open(AreaNavigation.briefing(area.id()));
        page.wait.until(d -> Boolean.TRUE.equals(page.script("const i = document.querySelector('.briefing-map img');"
                + " return !!i && i.complete && i.naturalWidth === 1600;")));
        assertThat(page.script("return getComputedStyle(document.querySelector('.briefing')).maxWidth"))
                .as("the page's style sheet applies")
                .isNotEqualTo("none");

        byte[] printed = Base64.getDecoder()
                .decode(page.browser.print(new PrintOptions()).getContent());
        Files.write(Path.of("target", "briefing-printed.pdf"), printed);

        try (PDDocument pdf = Loader.loadPDF(printed)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Briefing for the directorate management team")
                    .contains("Exeter")
                    .contains("Headline figures", "The most severe gaps", "Single points of failure")
                    .contains("Cara Reid (Practitioner)")
                    .contains("Blocked by 'Short-term grant' (Funding, severity 4 of 5) at 'Talk groups'.")
                    .contains("The map");
            assertThat(text)
                    .as("no frame, navigation or controls")
                    .doesNotContain("Signed in as", "Sign out", "Compare areas", "Download as PDF", "Changes since");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            PDPage first = pdf.getPage(0);
            PDPage last = pdf.getPage(pdf.getNumberOfPages() - 1);
            assertThat(first.getMediaBox().getHeight())
                    .isGreaterThan(first.getMediaBox().getWidth());
            assertThat(last.getMediaBox().getWidth())
                    .as("the map on a landscape page")
                    .isGreaterThan(last.getMediaBox().getHeight());
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pdf.getNumberOfPages());
            assertThat(lastPage.getText(pdf)).contains("The map").doesNotContain("Headline figures");
        }
    }
}

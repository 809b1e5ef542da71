package uk.evidencemap.briefing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.analysis.SmallLocalSystem;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.briefing.Briefing;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.security.SystemUser;

/** The printable briefing page, without a browser: what it shows, its day, its PDF, and how the analysis page links to it. */
@IntegrationTest
class BriefingViewIT extends SpringBrowserlessTest {

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers users;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    SystemUser system;

    SmallLocalSystem smallSystem;
    AreaWithUsers area;

    @BeforeEach
    void aSmallSystemSeenByItsViewer() {
        smallSystem = new SmallLocalSystem(testAreas, catalogue, system);
        area = testAreas.withUsers("Dover");
        smallSystem.build(area.id());
        TestUsers.signIn(area.viewer().username());
    }

    @AfterEach
    void tearDown() {
        testAreas.deleteAll();
        smallSystem.deleteProgrammes();
        users.deleteAll();
    }

    private BriefingView open(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent()
                    .navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
        roundTrip();
        return (BriefingView) getCurrentView();
    }

    @Test
    void thePageShowsEverySectionOfTheBriefingAsPlainHtml() {
        BriefingView view = open(AreaNavigation.briefing(area.id()));

        assertThat(view.getPageTitle()).isEqualTo("Dover: briefing | Evidence Map");
        assertThat(find(H3.class).from(view.document).all())
                .extracting(H3::getText)
                .containsExactly(
                        "Headline figures",
                        "The most severe gaps",
                        "Champions",
                        "Single points of failure",
                        "Blocked implementation paths",
                        "What changed in the map since "
                                + Briefing.defaultSince(Instant.now())
                                        .format(java.time.format.DateTimeFormatter.ofPattern(
                                                "d MMMM yyyy", java.util.Locale.UK)),
                        "The map");
        assertThat(view.document.getElement().getTextRecursively())
                .contains("Dover")
                .contains("Interventions in delivery")
                .contains("Unmet need: Behaviour")
                .contains("Betweenness 0.50: about half of the shortest links")
                .contains("Blocked by 'Short-term grant' (Funding, severity 4 of 5) at 'Talk groups'.")
                .contains("Nodes added 21, Connections made 25")
                .doesNotContain("FUNDING", "PRACTITIONER");
        assertThat(find(H4.class).from(view.document).all())
                .extracting(H4::getText)
                .containsExactly("Talk groups", "Parent course");
        NativeTable figures = find(NativeTable.class).from(view.document).all().getFirst();
        assertThat(figures.getBody().getRows()).hasSize(10);
        Image map = find(Image.class).from(view.document).single();
        assertThat(map.getAlt()).hasValue("The map of Dover: 24 nodes coloured by type, and their relationships");
        assertThat(view.since.getValue()).isEqualTo(Briefing.defaultSince(Instant.now()));
        assertThat(view.notice.isVisible()).isFalse();
        assertThat(view.pdf.getElement().hasAttribute("download")).isTrue();
        assertThat(view.downloadStarted).isFalse();
    }

    @Test
    void theDayOfTheChangesComesFromTheAddressAndAWrongOneIsSaid() {
        BriefingView view =
                open(AreaNavigation.briefing(area.id(), LocalDate.now().plusDays(1)));
        assertThat(view.shown.changes().total()).isZero();
        assertThat(view.since.getValue()).isEqualTo(LocalDate.now().plusDays(1));

        view = open(AreaNavigation.briefing(area.id()) + "?since=yesterday");
        assertThat(view.notice.isVisible()).isTrue();
        assertThat(view.notice.getText())
                .isEqualTo("'yesterday' is not a day written as yyyy-MM-dd, so the changes of the last 30 days are"
                        + " shown.");
        assertThat(view.shown.changes().total()).isEqualTo(46);

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        test(view.since).setValue(today);
        assertThat(view.shown.changes().since()).as("a day chosen on the page").isEqualTo(today);
        assertThat(find(H3.class).from(view.document).all())
                .extracting(H3::getText)
                .contains("What changed in the map since "
                        + today.format(
                                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
    }

    @Test
    void theAnalysisPageLinksToTheBriefingAndItsPdfByAddress() {
        UI.getCurrent().navigate(AreaNavigation.analysis(area.id()));
        roundTrip();
        Anchor pdf = find(Anchor.class).all().stream()
                .filter(a -> a.getElement().getTextRecursively().equals("Briefing (PDF)"))
                .findFirst()
                .orElseThrow();
        Anchor page = find(Anchor.class).all().stream()
                .filter(a -> a.getText().equals("Briefing to print"))
                .findFirst()
                .orElseThrow();
        assertThat(page.getHref()).isEqualTo(AreaNavigation.briefing(area.id()));
        assertThat(pdf.getHref()).isEqualTo(AreaNavigation.briefingPdf(area.id()));

        BriefingView view = open(pdf.getHref());
        assertThat(view.downloadStarted)
                .as("the PDF's download is started as the page opens")
                .isTrue();
        assertThat(view.shown.area().id()).isEqualTo(area.id());
    }
}

package uk.evidencemap.briefing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.analysis.SmallLocalSystem;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.GlobalRole;
import uk.evidencemap.security.SystemUser;

/** GET /api/areas/{areaId}/briefing?format=pdf: the file, its name, and the API's refusals. */
@IntegrationTest
class BriefingApiIT {

    @LocalServerPort
    int port;

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
    void aSmallSystem() {
        smallSystem = new SmallLocalSystem(testAreas, catalogue, system);
        area = testAreas.withUsers("Crewe and Nantwich");
        smallSystem.build(area.id());
    }

    @AfterEach
    void tearDown() {
        testAreas.deleteAll();
        smallSystem.deleteProgrammes();
        users.deleteAll();
    }

    private HttpResponse<byte[]> get(TestUsers.Login login, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (login != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((login.username() + ":" + login.password())
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aViewerDownloadsTheBriefingAsAPdfNamedAfterTheAreaAndTheDay() throws Exception {
        HttpResponse<byte[]> response =
                get(area.viewer(), "/api/areas/" + area.id() + "/briefing?format=pdf&since=2026-01-01");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + area.id() + "-briefing-"
                        + LocalDate.now(ZoneId.of("Europe/London")) + ".pdf\"");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Crewe and Nantwich")
                    .contains("Headline figures", "The most severe gaps", "Champions", "Blocked implementation paths")
                    .contains("Interventions in delivery 2")
                    .contains("1. Unmet need: Behaviour")
                    .contains("Cara Reid (Practitioner)")
                    .contains("Talk groups Commissioned by North Council")
                    .contains("What changed in the map since 1 January 2026");
        }
        assertThat(get(area.editor(), "/api/areas/" + area.id() + "/briefing").statusCode())
                .as("pdf is the default format")
                .isEqualTo(200);
    }

    @Test
    void refusalsFollowTheApisErrorContract() throws Exception {
        String path = "/api/areas/" + area.id() + "/briefing?format=pdf";
        TestUsers.Login outsider = users.member(testAreas.create(), AreaRole.EDITOR);
        TestUsers.Login researcher = users.create(GlobalRole.RESEARCHER);

        assertThat(get(null, path).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(get(outsider, path).statusCode()).as("not a member").isEqualTo(403);
        assertThat(get(researcher, path).statusCode())
                .as("researchers read every area")
                .isEqualTo(200);
        var unknown = Http.basic(port, researcher).get("/api/areas/no-such-area/briefing?format=pdf");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("error").asString()).isEqualTo("There is no area 'no-such-area'");

        var badDay = Http.basic(port, area.viewer()).get(path + "&since=2026-13-40");
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.body().at("/details/0/field").asString()).isEqualTo("since");
        assertThat(badDay.body().at("/details/0/message").asString())
                .isEqualTo("must be a date (ISO 8601: yyyy-MM-dd)");
        var badFormat = Http.basic(port, area.viewer()).get("/api/areas/" + area.id() + "/briefing?format=docx");
        assertThat(badFormat.status()).isEqualTo(422);
        assertThat(badFormat.body().at("/details/0/field").asString()).isEqualTo("format");
    }
}

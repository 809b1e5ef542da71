package uk.evidencemap.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;

/**
 * The API's description and its pages: a title, an introduction that links back to the
 * application, and the two ways to authenticate declared, so that Swagger UI's Authorize button
 * is there and "Try it out" can send credentials.
 */
@IntegrationTest
class ApiDocumentationIT {

    @LocalServerPort
    int port;

    @Test
    void theDescriptionHasATitleALinkBackAndBothWaysToAuthenticate() {
        Http.Response openapi = new Http(port).get("/api/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        JsonNode doc = openapi.body();

        assertThat(doc.at("/info/title").asString()).isEqualTo("Evidence Map API");
        assertThat(doc.at("/info/description").asString())
                .contains("Back to the application: [Evidence Map](/)")
                // the error contract is still appended after the introduction
                .contains("| 503 |");
        assertThat(doc.at("/externalDocs/url").asString()).isEqualTo("/");

        JsonNode schemes = doc.at("/components/securitySchemes");
        assertThat(schemes.propertyNames()).containsExactlyInAnyOrder("basic", "bearer");
        assertThat(schemes.at("/basic/type").asString()).isEqualTo("http");
        assertThat(schemes.at("/basic/scheme").asString()).isEqualTo("basic");
        assertThat(schemes.at("/bearer/type").asString()).isEqualTo("http");
        assertThat(schemes.at("/bearer/scheme").asString()).isEqualTo("bearer");
        // either scheme will do: two requirements, one scheme each
        assertThat(doc.at("/security").valueStream().map(r -> String.join(",", r.propertyNames())))
                .containsExactly("basic", "bearer");
    }

    @Test
    void theDocumentationPageIsTitledForTheApi() {
        Http.Response page = new Http(port).get("/api/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw())
                .contains("<title>Evidence Map API | Evidence Map</title>")
                .doesNotContain("<title>Swagger UI</title>");
    }
}

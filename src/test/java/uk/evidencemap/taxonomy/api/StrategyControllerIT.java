package uk.evidencemap.taxonomy.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestUsers;
import uk.evidencemap.taxonomy.EricStrategy;

/** GET /api/strategies: the ERIC strategies for anyone signed in, whatever their role. */
@IntegrationTest
class StrategyControllerIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @AfterEach
    void tearDown() {
        users.deleteAll();
    }

    @Test
    void anyoneSignedInReadsThe73StrategiesAndNoOneElse() {
        Http.Response response = Http.basic(port, users.create(null)).get("/api/strategies");
        assertThat(response.status()).isEqualTo(200);
        JsonNode strategies = response.body();
        assertThat(strategies).hasSize(73);
        JsonNode first = strategies.get(0);
        assertThat(first.get("code").asString()).isEqualTo("ACCESS_NEW_FUNDING");
        assertThat(first.get("name").asString()).isEqualTo("Access new funding");
        assertThat(first.get("cluster").asString()).isEqualTo("UTILIZE_FINANCIAL_STRATEGIES");
        assertThat(first.get("clusterName").asString()).isEqualTo("Utilize financial strategies");
        assertThat(first.get("definition").asString()).isEqualTo(EricStrategy.ACCESS_NEW_FUNDING.definition());
        assertThat(first.get("source").asString()).isEqualTo(EricStrategy.SOURCE);

        assertThat(new Http(port).get("/api/strategies").status()).isEqualTo(401);
    }
}

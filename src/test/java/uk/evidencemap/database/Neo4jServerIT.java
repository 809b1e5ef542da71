package uk.evidencemap.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;
import uk.evidencemap.area.AreaDraft;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;

/**
 * The production path: the app against a Neo4j server (the same image as docker-compose.yml)
 * named by NEO4J_URI, with nothing embedded started. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(
        username = "test-admin",
        roles = {"ADMIN", "USER"})
class Neo4jServerIT {

    static final String IMAGE = "neo4j:2026.08.1-community";

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer(IMAGE).withAdminPassword("test-password-for-container");

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("NEO4J_URI", NEO4J::getBoltUrl);
        registry.add("NEO4J_USERNAME", () -> "neo4j");
        registry.add("NEO4J_PASSWORD", NEO4J::getAdminPassword);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    AreaService areas;

    @Autowired
    MapService map;

    @Test
    void theAppUsesTheServerAndStartsNothingEmbedded() {
        assertThat(context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
        areas.create(new AreaDraft("server-area", "Server area", null, null));
        map.createNode("server-area", new NodeDraft(NodeType.NEED, "A need", Map.of()));
        assertThat(map.graph("server-area").nodes()).hasSize(1);
    }
}

package uk.evidencemap.demo;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class DemoDataRepository {

    private final Neo4jClient client;

    DemoDataRepository(Neo4jClient client) {
        this.client = client;
    }

    /** Whether the database holds any areas or map nodes: demo data never goes over user data. */
    boolean hasUserData() {
        return client.query("RETURN EXISTS { MATCH (:Area) } OR EXISTS { MATCH (:Entity) } AS hasData")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }
}

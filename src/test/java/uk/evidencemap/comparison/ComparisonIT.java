package uk.evidencemap.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipDraft;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.security.GlobalRole;

@IntegrationTest
class ComparisonIT {

    @LocalServerPort
    int port;

    @Autowired
    ComparisonService comparison;

    @Autowired
    MapService map;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    TestAreas areas;

    @Autowired
    TestUsers users;

    String area;
    String programme;

    @AfterEach
    void tearDown() {
        areas.deleteAll();
        if (programme != null) {
            areas.deleteProgramme(programme);
        }
        users.deleteAll();
    }

    private MapNode node(NodeType type, String name, Map<String, Object> properties) {
        return map.createNode(area, new NodeDraft(type, name, properties));
    }

    private void link(MapNode from, RelationshipType type, MapNode to) {
        map.createRelationship(area, new RelationshipDraft(type, from.id(), to.id(), null));
    }

    @Test
    void everyMetricOfAHandBuiltAreaHasTheKnownAnswer() {
        area = areas.create();
        MapNode strong = catalogue.create("Strong programme " + area, Map.of("evidenceRating", "4"));
        programme = strong.id();
        MapNode leader = node(NodeType.PERSON, "Leader", Map.of("role", "LOCAL_EVIDENCE_LEADER"));
        MapNode council = node(NodeType.ORGANISATION, "Council", Map.of("kind", "LOCAL_AUTHORITY"));
        MapNode good = node(NodeType.INTERVENTION, "Good", Map.of("stage", "FULL_IMPLEMENTATION"));
        MapNode weak = node(NodeType.INTERVENTION, "Weak", Map.of("stage", "SUSTAINMENT"));
        node(NodeType.INTERVENTION, "Idea", Map.of("stage", "EXPLORATION"));
        MapNode need = node(NodeType.NEED, "Need met", Map.of());
        node(NodeType.NEED, "Need unmet", Map.of());
        MapNode funding = node(NodeType.BARRIER, "Funding", Map.of("category", "FUNDING", "severity", 4));
        MapNode staff = node(NodeType.BARRIER, "Staff", Map.of("category", "STAFF_CAPACITY", "severity", 2));
        node(NodeType.BARRIER, "Old", Map.of("category", "FUNDING", "severity", 2, "status", "RESOLVED"));
        MapNode pool = node(NodeType.ENABLER, "Pool", Map.of("category", "WORKFORCE_DEVELOPMENT", "strength", 3));
        link(leader, RelationshipType.WORKS_FOR, council);
        link(council, RelationshipType.COMMISSIONS, good);
        link(council, RelationshipType.COMMISSIONS, weak);
        link(good, RelationshipType.IMPLEMENTS, strong);
        link(good, RelationshipType.ADDRESSES, need);
        link(leader, RelationshipType.CHAMPIONS, good);
        link(funding, RelationshipType.BLOCKS, weak);
        link(pool, RelationshipType.MITIGATES, staff);

        AreaMetrics metrics = comparison.compare(List.of(area)).getFirst().metrics();

        assertThat(metrics.interventionsInDelivery()).isEqualTo(2);
        assertThat(metrics.inDeliveryWithStrongEvidence()).isEqualTo(1);
        assertThat(metrics.strongEvidenceShare()).isEqualTo(0.5);
        assertThat(metrics.unmetNeeds()).isEqualTo(1);
        assertThat(metrics.openBarriers()).isEqualTo(2);
        assertThat(metrics.unmitigatedBarriers()).isEqualTo(1);
        assertThat(metrics.openBarriersByCategory()).isEqualTo(Map.of("FUNDING", 1, "STAFF_CAPACITY", 1));
        assertThat(metrics.unmitigatedBarriersByCategory()).isEqualTo(Map.of("FUNDING", 1));
        assertThat(metrics.championCoverage()).isEqualTo(0.5);
        assertThat(metrics.blockedPaths()).isEqualTo(1);
        assertThat(metrics.nodes()).as("the area's own nodes").isEqualTo(11);
        assertThat(metrics.programmes())
                .as("the catalogue programme it uses, apart")
                .isEqualTo(1);
        assertThat(metrics.relationships()).isEqualTo(8);
        assertThat(metrics.density()).isCloseTo(8.0 / (12 * 11), within(1e-12));
        assertThat(metrics.evidenceLeaderBetweennessRank()).isEqualTo(1);
    }

    @Test
    void theApiComparesTheAreasAskedForInTheirOrderForAResearcher() {
        String one = areas.create();
        String two = areas.create();
        areas.map(one).node(NodeType.NEED, "Early language");
        areas.map(two).node(NodeType.NEED, "Housing").node(NodeType.NEED, "Sleep");

        var response =
                Http.basic(port, users.create(GlobalRole.RESEARCHER)).get("/api/compare?areas=" + two + "," + one);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().valueStream().map(r -> r.at("/area/id").asString()))
                .containsExactly(two, one);
        assertThat(response.body().get(0).at("/metrics/nodes").asInt()).isEqualTo(2);
        assertThat(response.body().get(1).at("/metrics/nodes").asInt()).isEqualTo(1);
        assertThat(Http.basic(port, users.create(GlobalRole.RESEARCHER))
                        .get("/api/compare?areas=nowhere")
                        .status())
                .isEqualTo(404);
    }
}

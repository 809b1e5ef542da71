package uk.evidencemap.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import uk.evidencemap.Application;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.database.EmbeddedNeo4j;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.SystemUser;

/**
 * Two application instances on one database: the shared test application (with the embedded
 * database) and a second one connected to it over Bolt, as two servers behind a load balancer
 * would be. Each follows the change log, so a change made on either reaches views on both.
 */
@IntegrationTest
class TwoInstancesIT {

    private static final SecurityContextHolderStrategy SHARED = SecurityContextHolder.getContextHolderStrategy();

    @Autowired
    TestAreas testAreas;

    @Autowired
    EmbeddedNeo4j database;

    @Autowired
    MapService map;

    @Autowired
    HistoryService history;

    @Autowired
    AnalysisService analyses;

    @AfterEach
    void restoreSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(SHARED);
    }

    @Test
    void changesMadeOnOneInstanceReachFollowersAndCachesOnTheOther() {
        String area = testAreas.create();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(
                        "--NEO4J_URI=" + database.boltUri(),
                        "--NEO4J_PASSWORD=" + database.password(),
                        "--server.port=0",
                        "--evidencemap.demo=false",
                        "--evidencemap.analysis.warm=false")) {
            SecurityContextHolder.setContextHolderStrategy(SHARED);
            SystemUser otherSystem = second.getBean(SystemUser.class);
            HistoryService otherHistory = second.getBean(HistoryService.class);
            MapService otherMap = second.getBean(MapService.class);
            AnalysisService otherAnalyses = second.getBean(AnalysisService.class);

            List<Change> heardHere = new CopyOnWriteArrayList<>();
            List<Change> heardThere = new CopyOnWriteArrayList<>();
            Runnable stopHere = history.follow(area, heardHere::add);
            Runnable stopThere = otherSystem.call(() -> otherHistory.follow(area, heardThere::add));
            int gapsThere =
                    otherSystem.call(() -> otherAnalyses.results(area).gaps().size());

            otherSystem.call(() -> otherMap.createNode(
                    area, new NodeDraft(NodeType.NEED, "Made on the second", Map.of("priority", 4))));
            map.createNode(area, new NodeDraft(NodeType.NEED, "Made on the first", Map.of("priority", 3)));

            await().atMost(Duration.ofSeconds(10)).until(() -> heardHere.size() == 2 && heardThere.size() == 2);
            assertThat(heardHere)
                    .extracting(Change::subjectName)
                    .containsExactly("Made on the second", "Made on the first");
            assertThat(heardThere)
                    .extracting(Change::subjectName)
                    .containsExactly("Made on the second", "Made on the first");
            assertThat(heardHere.get(0).instance())
                    .isNotEqualTo(heardHere.get(1).instance());
            // the second instance's cached analysis was dropped when it heard of the first's change
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> otherSystem.call(
                                    () -> otherAnalyses.results(area).gaps().size())
                            == gapsThere + 2);
            stopHere.run();
            stopThere.run();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(SHARED);
            testAreas.delete(area);
        }
    }
}

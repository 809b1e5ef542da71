package uk.evidencemap;

import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.springframework.boot.test.context.TestComponent;
import uk.evidencemap.area.AreaDraft;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.security.SystemUser;

/** Makes a fresh area for one test and removes it, with everything in it, afterwards. */
@TestComponent
public class TestAreas {

    private final AreaService areas;
    private final Driver driver;
    private final SystemUser system;

    TestAreas(AreaService areas, Driver driver, SystemUser system) {
        this.areas = areas;
        this.driver = driver;
        this.system = system;
    }

    public String create() {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        system.run(() -> areas.create(new AreaDraft(id, "Test area " + id, null, "Test region")));
        return id;
    }

    public void delete(String areaId) {
        driver.executableQuery("""
                        MATCH (n:Entity {areaId: $id}) DETACH DELETE n
                        WITH count(*) AS ignored
                        MATCH (a:Area {id: $id}) DETACH DELETE a""").withParameters(Map.of("id", areaId)).execute();
        driver.executableQuery("MATCH (s:Snapshot {areaId: $id}) DELETE s")
                .withParameters(Map.of("id", areaId))
                .execute();
        driver.executableQuery("MATCH (c:Change|Comment|CommentRead {areaId: $id}) DELETE c")
                .withParameters(Map.of("id", areaId))
                .execute();
    }

    /** Removes catalogue programmes made by a test. */
    public void deleteProgramme(String programmeId) {
        driver.executableQuery("MATCH (p:Programme {id: $id}) DETACH DELETE p")
                .withParameters(Map.of("id", programmeId))
                .execute();
    }
}

package uk.evidencemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.springframework.boot.test.context.TestComponent;
import uk.evidencemap.area.AreaDraft;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.map.MapService;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.SystemUser;

/** Makes fresh areas for one test (with users and a small map where it needs them) and removes them afterwards. */
@TestComponent
public class TestAreas {

    private final AreaService areas;
    private final TestUsers users;
    private final MapService map;
    private final Driver driver;
    private final SystemUser system;
    private final List<String> made = new ArrayList<>();

    TestAreas(AreaService areas, TestUsers users, MapService map, Driver driver, SystemUser system) {
        this.areas = areas;
        this.users = users;
        this.map = map;
        this.driver = driver;
        this.system = system;
    }

    /** A fresh, empty area named "Test area &lt;id&gt;"; returns the id. */
    public String create() {
        return create(null);
    }

    /** A fresh, empty area with this name (tests that read area names choose them); returns its made-up id. */
    public String create(String name) {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        system.run(() -> areas.create(new AreaDraft(id, name == null ? defaultName(id) : name, null, "Test region")));
        made.add(id);
        return id;
    }

    /** A fresh area with an editor and a viewer of it. */
    public AreaWithUsers withUsers() {
        return withUsers(null);
    }

    /** A fresh area with this name, with an editor and a viewer of it. */
    public AreaWithUsers withUsers(String name) {
        String id = create(name);
        return new AreaWithUsers(
                id,
                name == null ? defaultName(id) : name,
                users.member(id, AreaRole.EDITOR),
                users.member(id, AreaRole.VIEWER));
    }

    /** Builds a small map in this area, node by node. */
    public TestMap map(String areaId) {
        return new TestMap(areaId, map, system);
    }

    private static String defaultName(String id) {
        return "Test area " + id;
    }

    /** Removes every area made here that a test has not removed itself. */
    public void deleteAll() {
        List.copyOf(made).forEach(this::delete);
    }

    public void delete(String areaId) {
        made.remove(areaId);
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

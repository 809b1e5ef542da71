package uk.evidencemap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.comparison.ComparisonService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeChange;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;

/**
 * Every role against every protected action, on its own area and another, through the services
 * and through the HTTP API. Each cell is allowed or refused; the whole grid is compared at once
 * so that a failure shows every cell that differs.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    enum Role {
        ANONYMOUS,
        VIEWER_OF_OWN,
        EDITOR_OF_OWN,
        EDITOR_OF_OTHER,
        RESEARCHER,
        ADMIN
    }

    @LocalServerPort
    int port;

    @Autowired
    TestAreas areas;

    @Autowired
    TestUsers users;

    @Autowired
    MapService map;

    @Autowired
    UserService userService;

    @Autowired
    SystemUser system;

    @Autowired
    ComparisonService comparison;

    String own;
    String other;
    final Map<Role, TestUsers.Login> logins = new LinkedHashMap<>();

    @BeforeAll
    void setUp() {
        AreaWithUsers ownArea = areas.withUsers();
        AreaWithUsers otherArea = areas.withUsers();
        own = ownArea.id();
        other = otherArea.id();
        logins.put(Role.VIEWER_OF_OWN, ownArea.viewer());
        logins.put(Role.EDITOR_OF_OWN, ownArea.editor());
        logins.put(Role.EDITOR_OF_OTHER, otherArea.editor());
        logins.put(Role.RESEARCHER, users.create(GlobalRole.RESEARCHER));
        logins.put(Role.ADMIN, users.create(GlobalRole.ADMIN));
    }

    @AfterAll
    void tearDown() {
        areas.delete(own);
        areas.delete(other);
        users.deleteAll();
    }

    private MapNode freshNode(String area) {
        return system.call(
                () -> map.createNode(area, new NodeDraft(NodeType.NEED, "Need " + UUID.randomUUID(), Map.of())));
    }

    /** What each role may do, in the order of {@link #actions}. */
    private static String expected(Role role) {
        // view own, view other, edit own, edit other, delete own, delete other, users, export own, export other,
        // write own, compare own, compare other
        return switch (role) {
            case ANONYMOUS -> "- - - - - - - - - - - -";
            case VIEWER_OF_OWN -> "Y - - - - - - Y - - Y -";
            case EDITOR_OF_OWN -> "Y - Y - Y - - Y - Y Y -";
            case EDITOR_OF_OTHER -> "- Y - Y - Y - - Y - - Y";
            case RESEARCHER -> "Y Y - - - - - Y Y - Y Y";
            case ADMIN -> "Y Y Y Y Y Y Y Y Y Y Y Y";
        };
    }

    private static final List<String> ACTIONS = List.of(
            "view own",
            "view other",
            "edit own",
            "edit other",
            "delete own",
            "delete other",
            "manage users",
            "export own",
            "export other",
            "write own",
            "compare own",
            "compare other");

    private List<Supplier<Boolean>> serviceActions() {
        return List.of(
                () -> attempt(() -> map.graph(own)),
                () -> attempt(() -> map.graph(other)),
                () -> attempt(() -> map.updateNode(own, freshNode(own).id(), new NodeChange("Renamed", null, null))),
                () -> attempt(
                        () -> map.updateNode(other, freshNode(other).id(), new NodeChange("Renamed", null, null))),
                () -> attempt(() -> map.deleteNode(own, freshNode(own).id(), null)),
                () -> attempt(() -> map.deleteNode(other, freshNode(other).id(), null)),
                () -> attempt(() -> userService.users()),
                () -> attempt(() -> map.graph(own)),
                () -> attempt(() -> map.graph(other)),
                () -> attempt(() -> map.createNode(own, new NodeDraft(NodeType.NEED, "New need", Map.of()))),
                () -> attempt(() -> comparison.compare(List.of(own))),
                () -> attempt(() -> comparison.compare(List.of(other))));
    }

    private List<Supplier<Integer>> httpActions(Http http) {
        return List.of(
                () -> http.get("/api/areas/" + own + "/graph").status(),
                () -> http.get("/api/areas/" + other + "/graph").status(),
                () -> http.patch(
                                "/api/areas/" + own + "/nodes/" + freshNode(own).id(), Map.of("name", "Renamed"))
                        .status(),
                () -> http.patch(
                                "/api/areas/" + other + "/nodes/"
                                        + freshNode(other).id(),
                                Map.of("name", "Renamed"))
                        .status(),
                () -> http.delete(
                                "/api/areas/" + own + "/nodes/" + freshNode(own).id())
                        .status(),
                () -> http.delete("/api/areas/" + other + "/nodes/"
                                + freshNode(other).id())
                        .status(),
                () -> http.post(
                                "/api/admin/users",
                                Map.of(
                                        "username",
                                        "m-" + UUID.randomUUID().toString().substring(0, 8),
                                        "password",
                                        Passwords.random()))
                        .status(),
                () -> http.get("/api/areas/" + own + "/export?format=json").status(),
                () -> http.get("/api/areas/" + other + "/export?format=json").status(),
                () -> http.post("/api/areas/" + own + "/nodes", Map.of("type", "Need", "name", "New need"))
                        .status(),
                () -> http.get("/api/compare?areas=" + own).status(),
                () -> http.get("/api/compare?areas=" + other).status());
    }

    private static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
            return false;
        }
    }

    private Authentication authenticationOf(Role role) {
        if (role == Role.ANONYMOUS) {
            return null;
        }
        TestUsers.Login login = logins.get(role);
        var user = system.call(() -> userService.user(login.username()).orElseThrow());
        return UsernamePasswordAuthenticationToken.authenticated(login.username(), null, SignInUser.authorities(user));
    }

    private String serviceRow(Role role) {
        Authentication authentication = authenticationOf(role);
        List<String> cells = new ArrayList<>();
        for (Supplier<Boolean> action : serviceActions()) {
            cells.add(system.as(authentication, action) ? "Y" : "-");
        }
        return String.join(" ", cells);
    }

    private String httpRow(Role role) {
        Http http = role == Role.ANONYMOUS ? new Http(port) : Http.basic(port, logins.get(role));
        List<String> cells = new ArrayList<>();
        for (Supplier<Integer> action : httpActions(http)) {
            int status = action.get();
            if (status >= 200 && status < 300) {
                cells.add("Y");
            } else {
                assertThat(status)
                        .as(role + ": a refusal is 401 when anonymous, else 403")
                        .isEqualTo(role == Role.ANONYMOUS ? 401 : 403);
                cells.add("-");
            }
        }
        return String.join(" ", cells);
    }

    @Test
    void everyRoleMayDoExactlyWhatItShouldThroughTheServicesAndTheApi() {
        Map<Role, String> expected = new LinkedHashMap<>();
        Map<Role, String> services = new LinkedHashMap<>();
        Map<Role, String> api = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            expected.put(role, expected(role));
            services.put(role, serviceRow(role));
            api.put(role, httpRow(role));
        }
        System.out.println("Authorisation matrix (" + String.join(", ", ACTIONS) + "):");
        expected.keySet()
                .forEach(role ->
                        System.out.printf("  %-16s services %s   api %s%n", role, services.get(role), api.get(role)));
        assertThat(services).as("services").isEqualTo(expected);
        assertThat(api).as("HTTP API").isEqualTo(expected);
    }

    @Test
    void everyoneSignedInSeesOnlyTheAreasTheyMay() {
        assertThat(areaIds(Http.basic(port, logins.get(Role.VIEWER_OF_OWN))))
                .contains(own)
                .doesNotContain(other);
        assertThat(areaIds(Http.basic(port, logins.get(Role.EDITOR_OF_OTHER))))
                .contains(other)
                .doesNotContain(own);
        assertThat(areaIds(Http.basic(port, logins.get(Role.RESEARCHER)))).contains(own, other);
        assertThat(new Http(port).get("/api/areas").status()).isEqualTo(401);
    }

    private static List<String> areaIds(Http http) {
        return http.get("/api/areas")
                .body()
                .valueStream()
                .map(a -> a.get("id").asString())
                .toList();
    }
}

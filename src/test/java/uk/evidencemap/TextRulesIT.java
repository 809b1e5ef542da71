package uk.evidencemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;
import uk.evidencemap.collaboration.CommentService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.AccountService;
import uk.evidencemap.security.GlobalRole;
import uk.evidencemap.security.NewUser;
import uk.evidencemap.security.Passwords;
import uk.evidencemap.security.UserService;

/**
 * The one rule for text people enter ({@code base.Text}), through the real services and the API:
 * node names and properties, relationship notes, area names, comments, users and token names.
 */
@IntegrationTest
class TextRulesIT {

    private static final String FAMILY = "\uD83D\uDC6A"; // U+1F46A
    private static final String BIDI = "which can make text display as something else";

    @LocalServerPort
    int port;

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AreaService areas;

    @Autowired
    CommentService comments;

    @Autowired
    UserService users;

    @Autowired
    AccountService accounts;

    Http http;
    String area;
    String prefix;

    @BeforeEach
    void setUp() {
        http = Http.basic(port, testUsers.create(GlobalRole.ADMIN));
        area = testAreas.create();
        prefix = "tx-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterEach
    void tearDown() {
        testAreas.deleteAll();
        testUsers.deleteStartingWith(prefix);
        testUsers.deleteAll();
    }

    private Http.Response postNode(String name, Map<String, Object> properties) {
        return http.post(
                "/api/areas/" + area + "/nodes", Map.of("type", "Need", "name", name, "properties", properties));
    }

    private static void refused(Http.Response response, String field, String message) {
        assertThat(response.status()).as(response.raw()).isEqualTo(422);
        JsonNode details = response.body().get("details");
        assertThat(details).as(response.raw()).hasSize(1);
        assertThat(details.get(0).get("field").asString()).isEqualTo(field);
        assertThat(details.get(0).get("message").asString()).isEqualTo(message);
    }

    private static List<Violation> violations(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("expected the input to be refused");
    }

    @Test
    void aNodeNameOfTwoHundredEmojiIsAcceptedAndOneMoreIsRefusedWithTheTrueCount() {
        var created = postNode(FAMILY.repeat(200), Map.of());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("name").asString()).isEqualTo(FAMILY.repeat(200));
        assertThat(http.get("/api/areas/" + area + "/graph")
                        .body()
                        .at("/nodes/0/name")
                        .asString())
                .hasSize(400);

        refused(postNode(FAMILY.repeat(201), Map.of()), "name", "must be at most 200 characters (it has 201)");
    }

    @Test
    void eachBadNodeNameGets422NamingTheFieldAndTheCharacter() {
        Map<String, String> expected = new HashMap<>();
        expected.put("\u00A0", "is required");
        expected.put("\u200B", "is required");
        expected.put(" \u2060\uFEFF\u2007 ", "is required");
        expected.put("Early\u202Ehelp", "contains the right-to-left override (U+202E), " + BIDI);
        expected.put("Early\u202Ahelp", "contains the left-to-right embedding (U+202A), " + BIDI);
        expected.put(
                "Early\u2066help\u2069",
                "contains the left-to-right isolate (U+2066) and the pop directional" + " isolate (U+2069), " + BIDI);
        expected.put("Early\u200Fhelp", "contains the right-to-left mark (U+200F), " + BIDI);
        expected.put("Early\u061Chelp", "contains the Arabic letter mark (U+061C), " + BIDI);
        expected.put("Early\u0000help", "contains the null character (U+0000), which cannot be shown as text");
        expected.put("Early\u0007help", "contains a control character (U+0007), which cannot be shown as text");
        expected.put("Early\u009Bhelp", "contains a control character (U+009B), which cannot be shown as text");
        expected.put("Early\nhelp", "contains a line break (U+000A), which a single line of text cannot have");
        expected.put("Early\thelp", "contains a tab (U+0009), which a single line of text cannot have");
        expected.forEach((name, message) -> refused(postNode(name, Map.of()), "name", message));
        assertThat(http.get("/api/areas/" + area + "/graph").body().get("nodes"))
                .as("nothing written")
                .isEmpty();
    }

    @Test
    void halfASurrogatePairInJsonIsRefused() {
        var response =
                http.postRaw("/api/areas/" + area + "/nodes", "{\"type\": \"Need\", \"name\": \"Early \\ud83d help\"}");
        refused(response, "name", "contains half of a surrogate pair (U+D83D), which cannot be shown as text");
    }

    @Test
    void namesAreTrimmedOfUnicodeWhiteSpaceWhenStored() {
        var created = postNode("\u00A0\u200B Early help\u202F\u3000", Map.of());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("name").asString()).isEqualTo("Early help");
    }

    @Test
    void textPropertiesAndChangesFollowTheSameRule() {
        refused(
                postNode("Need", Map.of("description", "A note\u202Egnp.exe")),
                "description",
                "contains the right-to-left override (U+202E), " + BIDI);
        refused(
                postNode("Need", Map.of("outcomeDomain", "Early\r\nyears")),
                "outcomeDomain",
                "contains a carriage return (U+000D) and a line break (U+000A), which a single line of text"
                        + " cannot have");
        var created = postNode("Need", Map.of("description", "One\nTwo\tThree\u200F", "outcomeDomain", "\u00A0"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().at("/properties/description").asString()).isEqualTo("One\nTwo\tThree\u200F");
        assertThat(created.body().at("/properties").has("outcomeDomain")).isFalse();
        String id = created.body().get("id").asString();

        refused(
                http.patch("/api/areas/" + area + "/nodes/" + id, Map.of("name", "\u00A0", "version", 0)),
                "name",
                "is required");
        refused(
                http.patch(
                        "/api/areas/" + area + "/nodes/" + id,
                        Map.of("properties", Map.of("description", "\u0008".repeat(2)), "version", 0)),
                "description",
                "contains a control character (U+0008), which cannot be shown as text");
    }

    @Test
    void relationshipNotesFollowTheSameRule() {
        TestMap map = testAreas
                .map(area)
                .node(NodeType.PERSON, "Ann", "role", "OTHER")
                .node(NodeType.BARRIER, "Budget", "category", "FUNDING", "severity", 3);
        MapNode person = map.get("Ann");
        String barrier = map.get("Budget").id();
        refused(
                http.post(
                        "/api/areas/" + area + "/relationships",
                        Map.of(
                                "type",
                                "BLOCKS",
                                "from",
                                barrier,
                                "to",
                                person.id(),
                                "properties",
                                Map.of("note", "budget\u2067holder"))),
                "note",
                "contains the right-to-left isolate (U+2067), " + BIDI);
    }

    @Test
    void anAreaNameOfOnlyANoBreakSpaceIsRequired() {
        refused(http.post("/api/areas", Map.of("name", "\u00A0")), "name", "is required");
        refused(
                http.post("/api/areas", Map.of("name", "York\u202E")),
                "name",
                "contains the right-to-left override (U+202E), " + BIDI);
        refused(
                http.post("/api/areas", Map.of("name", "York", "region", FAMILY.repeat(101))),
                "region",
                "must be at most 100 characters (it has 101)");
        assertThat(violations(() -> areas.update(area, "\u200B", null, null)))
                .containsExactly(new Violation("name", "is required"));

        String id = prefix + "-area";
        var created = http.post("/api/areas", Map.of("id", id, "name", FAMILY.repeat(100), "region", "\u00A0"));
        try {
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            assertThat(created.body().get("name").asString()).isEqualTo(FAMILY.repeat(100));
            assertThat(created.body().hasNonNull("region")).isFalse();
        } finally {
            testAreas.delete(id);
        }
    }

    @Test
    void aCommentWithTheRightToLeftOverrideIsRefused() {
        String subject = testAreas
                .map(area)
                .node(NodeType.NEED, "Early help")
                .get("Early help")
                .id();
        assertThat(violations(() -> comments.post(area, subject, "Early help", "See the file \u202Efdp.exe")))
                .containsExactly(new Violation("text", "contains the right-to-left override (U+202E), " + BIDI));
        assertThat(violations(() -> comments.post(area, subject, "Early help", "\u00A0\u200B")))
                .containsExactly(new Violation("text", "is required"));
        assertThat(violations(() -> comments.post(area, subject, "Early help", FAMILY.repeat(4001))))
                .containsExactly(new Violation("text", "must be at most 4000 characters (it has 4001)"));

        assertThat(comments.post(area, subject, "Early help", FAMILY.repeat(4000))
                        .text())
                .hasSize(8000);
        assertThat(comments.post(area, subject, "Early help", " Line one\n\tline two\r\n")
                        .text())
                .isEqualTo("Line one\n\tline two");
        assertThat(comments.comments(area, subject)).hasSize(2);
    }

    @Test
    void usernamesAndDisplayNamesFollowTheSameRule() {
        String password = Passwords.random();
        refused(
                http.post("/api/admin/users", Map.of("username", "\u00A0", "password", password)),
                "username",
                "is required");
        refused(
                http.post("/api/admin/users", Map.of("username", prefix + "\u202E", "password", password)),
                "username",
                "contains the right-to-left override (U+202E), " + BIDI);
        refused(
                http.post(
                        "/api/admin/users",
                        Map.of("username", prefix + "-a", "password", password, "displayName", "Ann\u202Enimda")),
                "displayName",
                "contains the right-to-left override (U+202E), " + BIDI);
        refused(
                http.post(
                        "/api/admin/users",
                        Map.of("username", prefix + "-a", "password", password, "displayName", FAMILY.repeat(101))),
                "displayName",
                "must be at most 100 characters (it has 101)");

        var created = http.post(
                "/api/admin/users",
                Map.of("username", prefix + "-b", "password", password, "displayName", FAMILY.repeat(100)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("displayName").asString()).isEqualTo(FAMILY.repeat(100));
        assertThat(users.create(new NewUser(prefix + "-c", password, "\u200B", null))
                        .displayName())
                .as("a blank display name is the username")
                .isEqualTo(prefix + "-c");
    }

    @Test
    void apiTokenNamesFollowTheSameRule() {
        String username = testUsers.create(null).username();
        assertThat(violations(() -> testUsers.as(username, () -> accounts.createToken("nightly\u202Eexport"))))
                .containsExactly(new Violation("name", "contains the right-to-left override (U+202E), " + BIDI));
        assertThat(violations(() -> testUsers.as(username, () -> accounts.createToken("\u00A0"))))
                .containsExactly(new Violation("name", "is required"));
        assertThat(violations(() -> testUsers.as(username, () -> accounts.createToken(FAMILY.repeat(61)))))
                .containsExactly(new Violation("name", "must be at most 60 characters (it has 61)"));
        assertThat(testUsers
                        .as(username, () -> accounts.createToken(FAMILY.repeat(60)))
                        .token()
                        .name())
                .isEqualTo(FAMILY.repeat(60));
    }
}

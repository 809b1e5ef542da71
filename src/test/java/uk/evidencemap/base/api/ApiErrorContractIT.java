package uk.evidencemap.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.database.TransientRetry;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.GlobalRole;

/**
 * The API's error contract over real HTTP: each status (400, 401, 403, 404, 405, 409, 415, 422,
 * 503) with its exact body and headers, for every address under /api whatever the method; sixteen
 * writers of one node at once; and the security log, which names method, path and user and records
 * no refusal for a correct request.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiErrorContractIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECURITY_LOG = "uk.evidencemap.security.events";

    @LocalServerPort
    int port;

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TransientRetry retry;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    BusyService busy;
    BusyOuterService busyOuter;

    String area;
    TestUsers.Login admin;
    ListAppender<ILoggingEvent> securityLog;

    record Reply(int status, String raw, JsonNode body, Map<String, List<String>> headers) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(", ", e.getValue()))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }

    /**
     * Test-only: services that meet a transient database error every time, made into beans of the
     * running application (so with its transaction and retry advice) and reached at two addresses
     * registered for this class only. Registered at run time rather than by a test configuration:
     * a second application context in the same JVM would replace the static security context
     * strategy that the shared context's filters rely on, and break the tests that run after it.
     */
    @BeforeAll
    void registerTheBusyAddresses() throws NoSuchMethodException {
        var factory = context.getAutowireCapableBeanFactory();
        busy = (BusyService) factory.initializeBean(new BusyService(), "testOnlyBusyService");
        busyOuter = (BusyOuterService) factory.initializeBean(new BusyOuterService(busy), "testOnlyBusyOuterService");
        BusyController controller = new BusyController(busy, busyOuter);
        mappings.registerMapping(
                busyAddress("/api/test-only/busy"), controller, BusyController.class.getDeclaredMethod("busy"));
        mappings.registerMapping(
                busyAddress("/api/test-only/busy-nested"),
                controller,
                BusyController.class.getDeclaredMethod("nested"));
    }

    @AfterAll
    void unregisterTheBusyAddresses() {
        mappings.unregisterMapping(busyAddress("/api/test-only/busy"));
        mappings.unregisterMapping(busyAddress("/api/test-only/busy-nested"));
    }

    private RequestMappingInfo busyAddress(String path) {
        return RequestMappingInfo.paths(path)
                .methods(RequestMethod.POST)
                .options(mappings.getBuilderConfiguration())
                .build();
    }

    @BeforeEach
    void setUp() {
        admin = testUsers.create(GlobalRole.ADMIN);
        area = testAreas.create();
        securityLog = new ListAppender<>();
        securityLog.start();
        ((Logger) LoggerFactory.getLogger(SECURITY_LOG)).addAppender(securityLog);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(SECURITY_LOG)).detachAppender(securityLog);
        testAreas.delete(area);
        testUsers.deleteAll();
    }

    private Reply call(String method, String path, String body) {
        return call(HttpClient.newHttpClient(), admin, method, path, body, "application/json");
    }

    private Reply call(
            HttpClient client, TestUsers.Login login, String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (login != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((login.username() + ":" + login.password())
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body() == null ? "" : response.body().strip();
            JsonNode json = raw.startsWith("{") || raw.startsWith("[") ? JSON.readTree(raw) : null;
            return new Reply(
                    response.statusCode(), raw, json, response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String node() {
        Reply created =
                call("POST", "/api/areas/" + area + "/nodes", "{\"type\": \"Need\", \"name\": \"Early language\"}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private static String error(String message, String details) {
        return "{\"error\":" + JSON.writeValueAsString(message) + ",\"details\":" + details + "}";
    }

    private List<String> refusals() {
        return securityLog.list.stream()
                .map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.startsWith("Refused"))
                .toList();
    }

    @Test
    void unknownAddressesGet404WithTheErrorBodyWhateverTheMethod() {
        String[][] calls = {
            {"GET", "/api/nonexistent"},
            {"DELETE", "/api/areas/" + area},
            {"POST", "/api/areas/" + area + "/imports?format=json"},
            {"GET", "/api/areas/" + area + "/champion"},
            {"GET", "/api/areas/" + area + "/graph/extra"},
            {"PUT", "/api/areas/" + area + "/graph/extra"},
            {"PATCH", "/api/nonexistent/deeper"},
            {"GET", "/api"},
        };
        for (String[] c : calls) {
            Reply reply = call(c[0], c[1], c[0].equals("GET") || c[0].equals("DELETE") ? null : "{}");
            String path = c[1].replaceFirst("\\?.*", "");
            assertThat(reply.status()).as(c[0] + " " + c[1] + ": " + reply).isEqualTo(404);
            assertThat(reply.header("Content-Type")).startsWith("application/json");
            assertThat(reply.raw())
                    .as(c[0] + " " + c[1])
                    .isEqualTo(error(
                            "There is nothing at " + path + " in the API; its addresses are listed at /api/openapi",
                            "[]"));
        }
        assertThat(refusals()).isEmpty();
    }

    @Test
    void methodsAnAddressDoesNotTakeGet405WithAllow() {
        String node = node();
        String[][] calls = {
            {"PUT", "/api/areas", "GET, POST"},
            {"DELETE", "/api/areas", "GET, POST"},
            {"DELETE", "/api/areas/" + area + "/graph", "GET"},
            {"POST", "/api/areas/" + area + "/graph", "GET"},
            {"PATCH", "/api/areas/" + area + "/nodes", "POST"},
            {"GET", "/api/areas/" + area + "/nodes/" + node, "PATCH, DELETE"},
            {"POST", "/api/compare", "GET"},
        };
        for (String[] c : calls) {
            Reply reply = call(c[0], c[1], c[0].equals("GET") || c[0].equals("DELETE") ? null : "{}");
            assertThat(reply.status()).as(c[0] + " " + c[1] + ": " + reply).isEqualTo(405);
            assertThat(reply.header("Allow")).as(c[0] + " " + c[1]).isEqualTo(c[2]);
            assertThat(reply.header("Content-Type")).startsWith("application/json");
            assertThat(reply.raw())
                    .as(c[0] + " " + c[1])
                    .isEqualTo(error(
                            c[0] + " is not allowed on " + c[1] + "; it takes " + c[2],
                            "[{\"field\":\"method\",\"message\":\"must be one of " + c[2] + "\"}]"));
        }
        assertThat(refusals()).isEmpty();
    }

    @Test
    void bodiesOfTheWrongShapeGet400NamingTheFieldAndNoJavaName() {
        String node = node();
        String patch = "/api/areas/" + area + "/nodes/" + node;
        String nodes = "/api/areas/" + area + "/nodes";
        String[][] calls = {
            {"PATCH", patch, "{\"version\": \"abc\", \"properties\": {}}", "version", "must be a number"},
            {"PATCH", patch, "{\"version\": {\"a\": 1}}", "version", "must be a number"},
            {"PATCH", patch, "{\"version\": [0]}", "version", "must be a number"},
            {"PATCH", patch, "{\"version\": 99999999999999999999}", "version", "must be a number within range"},
            {"PATCH", patch, "{\"properties\": \"x\"}", "properties", "must be a JSON object"},
            {"PATCH", patch, "{\"name\": {\"first\": \"x\"}}", "name", "must be text"},
            {"PATCH", patch, "[1, 2]", "body", "must be a JSON object"},
            {"PATCH", patch, "\"text\"", "body", "must be a JSON object"},
            {"PATCH", patch, "{\"name\": ", "body", "is not valid JSON (line 1, column 10)"},
            {"PATCH", patch, "", "body", "is required: send a JSON object"},
            {"POST", nodes, "{\"type\": [\"Need\"], \"name\": \"x\"}", "type", "must be text"},
            {
                "POST",
                nodes,
                "{\"type\": \"Need\", \"name\": \"x\", \"properties\": [1]}",
                "properties",
                "must be a JSON object"
            },
            {"POST", "/api/areas", "{\"name\": [\"Leeds\"]}", "name", "must be text"},
        };
        for (String[] c : calls) {
            Reply reply = call(c[0], c[1], c[2]);
            assertThat(reply.status()).as(c[2] + ": " + reply).isEqualTo(400);
            assertThat(reply.raw())
                    .as(c[2])
                    .isEqualTo(error(
                            "The request body is not valid JSON of the expected shape",
                            "[{\"field\":\"" + c[3] + "\",\"message\":\"" + c[4] + "\"}]"));
            assertThat(reply.raw()).doesNotContain("java.", "uk.evidencemap", "tools.jackson", "Long", "Map");
        }

        Reply parameter = call("DELETE", patch + "?version=abc", null);
        assertThat(parameter.status()).isEqualTo(400);
        assertThat(parameter.raw())
                .isEqualTo(error(
                        "A parameter has the wrong type",
                        "[{\"field\":\"version\",\"message\":\"must be a number\"}]"));
        Reply instant = call("GET", "/api/areas/" + area + "/graph?at=yesterday", null);
        assertThat(instant.raw())
                .isEqualTo(error(
                        "A parameter has the wrong type",
                        "[{\"field\":\"at\",\"message\":\"must be a date and time (ISO 8601)\"}]"));
    }

    @Test
    void aBodyThatIsNotJsonGets415() {
        Reply reply = call(
                HttpClient.newHttpClient(), admin, "POST", "/api/areas/" + area + "/nodes", "type=Need", "text/plain");
        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.raw())
                .isEqualTo(error("The request body must be JSON, sent with Content-Type: application/json", "[]"));
    }

    @Test
    void signInAndAccessErrorsKeepTheirBodiesAndTheLogNamesMethodPathAndUser() {
        Reply anonymous = call(HttpClient.newHttpClient(), null, "GET", "/api/nonexistent", null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"Evidence Map\"");
        assertThat(anonymous.raw())
                .isEqualTo(error(
                        "Sign in with HTTP Basic (username and password) or a personal API token"
                                + " (Authorization: Bearer)",
                        "[]"));

        String node = node();
        TestUsers.Login viewer = testUsers.member(area, AreaRole.VIEWER);
        Reply refused = call(
                HttpClient.newHttpClient(),
                viewer,
                "PATCH",
                "/api/areas/" + area + "/nodes/" + node,
                "{\"version\": 0, \"name\": \"Renamed\"}",
                "application/json");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.raw()).isEqualTo(error("You are not allowed to do this", "[]"));
        assertThat(refusals())
                .containsExactly(
                        "Refused for 'anonymousUser': GET /api/nonexistent",
                        "Refused for '" + viewer.username() + "': PATCH /api/areas/" + area + "/nodes/" + node
                                + " (MapService.updateNode)");
    }

    @Test
    void serviceErrorsKeepTheirStatusesAndBodies() {
        String node = node();
        Reply invalid = call(
                "POST", "/api/areas/" + area + "/nodes", "{\"type\": \"Need\", \"name\": \"\", \"properties\": {}}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body().get("error").asString()).startsWith("The request was refused: ");
        assertThat(invalid.body().at("/details/0/field").asString()).isEqualTo("name");

        Reply missing = call("GET", "/api/areas/nowhere/graph", null);
        assertThat(missing.raw()).isEqualTo(error("There is no area 'nowhere'", "[]"));
        assertThat(missing.status()).isEqualTo(404);

        Reply stale = call("PATCH", "/api/areas/" + area + "/nodes/" + node, "{\"version\": 3, \"name\": \"x\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("error").asString())
                .isEqualTo("'Early language' was changed by someone else (you had version 3, it is now at version 0)");
        assertThat(stale.body().get("details")).isEmpty();
        assertThat(stale.body().at("/current/version").asLong()).isZero();
        assertThat(stale.body().at("/current/id").asString()).isEqualTo(node);
    }

    @Test
    void aRequestRefusedBeforeSpringMvcGetsTheErrorBodyAndNoFalseRefusal() {
        // The firewall refuses a ';' in the path; the container's error dispatch renders the error.
        Reply reply = call("GET", "/api/areas/;x/graph", null);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.raw()).isEqualTo(error("The request is not valid", "[]"));
        assertThat(refusals()).isEmpty();
    }

    @Test
    void aDatabaseThatStaysBusyGets503WithRetryAfterAfterThreeRetriesEachInItsOwnTransaction() {
        busy.reset();
        long retriesBefore = retry.retries();
        long exhaustedBefore = retry.exhausted();

        Reply reply = call("POST", "/api/test-only/busy", "{}");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("1");
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.raw())
                .isEqualTo(error(
                        "The database is busy and could not complete this request; nothing was changed."
                                + " Try again in a moment",
                        "[]"));
        assertThat(busy.attempts()).hasValue(4);
        assertThat(busy.rolledBack())
                .as("each attempt rolled back its own transaction")
                .hasValue(4);
        assertThat(retry.retries() - retriesBefore).isEqualTo(3);
        assertThat(retry.exhausted() - exhaustedBefore).isEqualTo(1);
        assertThat(refusals()).isEmpty();
    }

    @Test
    void aServiceCalledInsideAnotherServicesTransactionDoesNotRetryOnItsOwn() {
        busy.reset();
        busyOuter.attempts().set(0);
        long retriesBefore = retry.retries();

        Reply reply = call("POST", "/api/test-only/busy-nested", "{}");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(busyOuter.attempts()).hasValue(4);
        assertThat(busy.attempts())
                .as("one inner call per outer attempt, not 4 x 4")
                .hasValue(4);
        assertThat(busy.rolledBack()).hasValue(4);
        assertThat(retry.retries() - retriesBefore).isEqualTo(3);
    }

    @Test
    void sixteenWritersOfOneNodeGetOne200AndFifteen409AndNoRefusal() throws Exception {
        int writers = 16;
        for (int round = 1; round <= 3; round++) {
            String id = node();
            long retriesBefore = retry.retries();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String body = "{\"version\": 0, \"properties\": {\"description\": \"writer " + i + "\"}}";
                HttpClient client = HttpClient.newHttpClient();
                replies.add(pool.submit(() -> {
                    start.await();
                    return call(
                            client, admin, "PATCH", "/api/areas/" + area + "/nodes/" + id, body, "application/json");
                }));
            }
            start.countDown();
            List<Reply> answers = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answers.add(reply.get());
            }
            pool.shutdown();
            List<Integer> statuses = answers.stream().map(Reply::status).toList();
            System.out.printf(
                    "16 writers, round %d: statuses %s, retries %d%n",
                    round, statuses, retry.retries() - retriesBefore);

            assertThat(statuses)
                    .as(answers.toString())
                    .filteredOn(s -> s == 200)
                    .hasSize(1);
            assertThat(statuses)
                    .as(answers.toString())
                    .filteredOn(s -> s == 409)
                    .hasSize(writers - 1);
            Reply winner =
                    answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
            assertThat(winner.body().get("version").asLong()).isEqualTo(1);
            for (Reply loser : answers.stream().filter(a -> a.status() == 409).toList()) {
                assertThat(loser.body().at("/current/version").asLong()).isEqualTo(1);
                assertThat(loser.body().at("/current/properties/description"))
                        .isEqualTo(winner.body().at("/properties/description"));
            }
        }
        assertThat(refusals()).isEmpty();
    }

    @Test
    void theErrorContractIsInTheOpenApiDescription() {
        Reply openapi = call(HttpClient.newHttpClient(), null, "GET", "/api/openapi", null, null);
        assertThat(openapi.status()).isEqualTo(200);
        JsonNode doc = openapi.body();
        assertThat(doc.at("/components/schemas/ApiError/required").valueStream().map(JsonNode::asString))
                .containsExactly("error", "details");
        assertThat(doc.at("/components/schemas/ApiError/properties/details/items/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Violation");
        assertThat(doc.at("/components/responses").propertyNames())
                .contains(
                        "BadRequest",
                        "Unauthorized",
                        "Forbidden",
                        "NotFound",
                        "MethodNotAllowed",
                        "Conflict",
                        "UnprocessableContent",
                        "ServiceUnavailable");
        assertThat(doc.at("/components/responses/ServiceUnavailable/headers").propertyNames())
                .contains("Retry-After");
        assertThat(doc.at("/components/responses/MethodNotAllowed/headers").propertyNames())
                .contains("Allow");

        JsonNode patch = doc.at("/paths/~1api~1areas~1{areaId}~1nodes~1{id}/patch/responses");
        assertThat(patch.propertyNames()).contains("200", "400", "401", "403", "404", "409", "415", "422", "503");
        assertThat(patch.at("/503/$ref").asString()).isEqualTo("#/components/responses/ServiceUnavailable");
        JsonNode graph = doc.at("/paths/~1api~1areas~1{areaId}~1graph/get/responses");
        assertThat(graph.propertyNames()).contains("200", "400", "401", "403", "404", "503");
        assertThat(graph.propertyNames()).doesNotContain("409", "422");
        assertThat(doc.at("/info/description").asString())
                .contains("| 405 |", "`Allow`", "| 503 |", "`Retry-After`", "must be a number");

        // The documentation pages under /api are still served (by the resource handler, not taken for unknown).
        HttpClient redirecting = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        Reply page = call(redirecting, null, "GET", "/api/docs", null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
    }

    /** Meets a deadlock, as Spring Data Neo4j reports one, on every call. */
    @Service
    static class BusyService {

        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger rolledBack = new AtomicInteger();

        // Read through the proxy by package-private methods: the proxy's own fields are empty.
        void reset() {
            attempts.set(0);
            rolledBack.set(0);
        }

        AtomicInteger attempts() {
            return attempts;
        }

        AtomicInteger rolledBack() {
            return rolledBack;
        }

        @Transactional
        public void write() {
            attempts.incrementAndGet();
            assertThat(TransactionSynchronizationManager.isActualTransactionActive())
                    .isTrue();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        rolledBack.incrementAndGet();
                    }
                }
            });
            throw new TransientDataAccessResourceException(
                    "forced",
                    new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "a forced deadlock"));
        }
    }

    /** Calls {@link BusyService} inside its own transaction. */
    @Service
    static class BusyOuterService {

        final AtomicInteger attempts = new AtomicInteger();
        private final BusyService busy;

        BusyOuterService(BusyService busy) {
            this.busy = busy;
        }

        AtomicInteger attempts() {
            return attempts;
        }

        @Transactional
        public void write() {
            attempts.incrementAndGet();
            busy.write();
        }
    }

    /** The handler of the two test-only addresses. */
    static class BusyController {

        private final BusyService busy;
        private final BusyOuterService outer;

        BusyController(BusyService busy, BusyOuterService outer) {
            this.busy = busy;
            this.outer = outer;
        }

        void busy() {
            busy.write();
        }

        void nested() {
            outer.write();
        }
    }
}

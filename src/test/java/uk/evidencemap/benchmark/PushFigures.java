package uk.evidencemap.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeChange;
import uk.evidencemap.map.NodeType;

/**
 * Live updates to many open sessions, without browsers drawing them: each session signs in over
 * HTTP with its own cookie, opens the area's map page (the server builds the page and starts
 * following the area, exactly as for a browser), and holds the page's push connection (Vaadin's
 * Atmosphere WebSocket) open. A change is saved through the service; the figure is the moment
 * the pushed message carrying it is received on each session's connection minus the moment the
 * save returned. This is the server's part of a live update (following the log, updating every
 * open page, pushing to it) without the cost of drawing it in 50 browsers that would share the
 * server's two cores; {@link LiveFigures} measures the same in real Chromium.
 */
final class PushFigures {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");

    private PushFigures() {}

    /** One signed-in session with the map page open, noting when each renamed node's name arrives. */
    static final class Session implements WebSocket.Listener {
        final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        private final StringBuilder text = new StringBuilder();
        private final Pattern marker;
        private WebSocket socket;

        Session(Pattern marker) {
            this.marker = marker;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.currentTimeMillis();
            text.append(data);
            if (last) {
                Matcher names = marker.matcher(text);
                while (names.find()) {
                    arrivals.putIfAbsent(names.group(1), now);
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        void close() {
            if (socket != null) {
                socket.abort();
            }
        }
    }

    static List<String> measure(
            String port, String username, String password, MapService map, String area, int[] sessions, int changes) {
        List<String> rows = new ArrayList<>();
        rows.add(String.format(
                "%-62s | %-50s | %4s | %9s | %9s | %9s",
                "live updates to push connections (no browser)",
                "save -> pushed message received",
                "obs.",
                "p50 ms",
                "p95 ms",
                "max ms"));
        rows.add("-".repeat(160));
        String base = "http://localhost:" + port;
        for (int n : sessions) {
            List<Session> open = new ArrayList<>();
            try {
                for (int i = 0; i < n; i++) {
                    open.add(open(base, username, password, area));
                }
                Thread.sleep(2_000);
                List<Double> latencies = new ArrayList<>();
                MapNode node = map.nodes(area, NodeType.NEED).getFirst();
                for (int c = 0; c < changes; c++) {
                    String name = "Pushed need " + n + "-" + c;
                    MapNode current = map.node(area, node.id()).orElseThrow();
                    map.updateNode(area, node.id(), new NodeChange(name, Map.of(), current.version()));
                    long saved = System.currentTimeMillis();
                    long deadline = saved + 30_000;
                    while (open.stream().anyMatch(s -> !s.arrivals.containsKey(name))
                            && System.currentTimeMillis() < deadline) {
                        Thread.sleep(10);
                    }
                    for (Session s : open) {
                        Long at = s.arrivals.get(name);
                        if (at == null) {
                            throw new IllegalStateException("A session did not receive '" + name + "' within 30 s");
                        }
                        latencies.add((double) (at - saved));
                    }
                    Thread.sleep(300);
                }
                rows.add(LiveFigures.row(
                        n + " sessions, each with the map page open, " + changes + " changes",
                        "save -> pushed message received",
                        latencies));
            } catch (Exception e) {
                rows.add("Push figures for " + n + " sessions skipped: " + e);
            } finally {
                open.forEach(Session::close);
            }
        }
        return rows;
    }

    /**
     * Signs in, opens the area's map page and connects its push channel, with the requests Vaadin's
     * own client makes: the page, its first state ({@code v-r=init}), the push connection, and the
     * navigation to the route ({@code ui-navigate}), after which the server has built the page and
     * follows the area for it.
     */
    static Session open(String base, String username, String password, String area) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String route = "areas/" + area + "/map";
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/" + route)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String init = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                                        + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String ui = find(UI_ID, init, "UI id");
        String push = find(PUSH_ID, init, "push id");
        String csrf = find(SECURITY_KEY, init, "security key");

        Session session = new Session(Pattern.compile("'(Pushed need [^'\\\\]*)'"));
        String cookie = String.join(
                "; ",
                cookies.getCookieStore().get(URI.create(base)).stream()
                        .map(Object::toString)
                        .toList());
        String url = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + ui + "&v-pushId=" + push
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application%2Fjson%3B%20charset%3DUTF-8&X-atmo-protocol=true";
        session.socket = http.newWebSocketBuilder()
                .header("Cookie", cookie)
                .header("Origin", base)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(url), session)
                .get();

        String navigate = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":null,\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(navigate))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || !page.body().contains("live-status")) {
            throw new IllegalStateException(
                    "The map page did not open for " + username + ": HTTP " + page.statusCode());
        }
        return session;
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(
                    "No " + what + " in the page's first state: " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }
}

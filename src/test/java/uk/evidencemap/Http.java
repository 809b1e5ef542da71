package uk.evidencemap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the running test server, with JSON bodies. */
public final class Http {

    public record Response(int status, JsonNode body, String raw, Map<String, List<String>> headers) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client;
    private final String base;
    private final String authorization;

    /** Anonymous calls. */
    public Http(int port) {
        this(port, null);
    }

    private Http(int port, String authorization) {
        this(port, authorization, HttpClient.newHttpClient());
    }

    private Http(int port, String authorization, HttpClient client) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = authorization;
        this.client = client;
    }

    /** Basic calls from another loopback address, e.g. 127.0.0.2, as if from another machine. */
    public static Http basicFrom(String localAddress, int port, String username, String password) {
        try {
            HttpClient client = HttpClient.newBuilder()
                    .localAddress(InetAddress.getByName(localAddress))
                    .build();
            return new Http(
                    port,
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)),
                    client);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Calls signed with HTTP Basic. */
    public static Http basic(int port, TestUsers.Login login) {
        return new Http(
                port,
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8)));
    }

    public static Http basic(int port, String username, String password) {
        return basic(port, new TestUsers.Login(username, password));
    }

    /** Calls signed with a personal API token. */
    public static Http bearer(int port, String token) {
        return new Http(port, "Bearer " + token);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, Object body) {
        return send(json(path, body).POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public Response postRaw(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST whose body is a file's bytes, sent with the given content type. */
    public Response postBytes(String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A POST of a multipart form with one file part named {@code part}. */
    public Response postFile(String path, String part, String fileName, byte[] file) {
        String boundary = "----evidence-map-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return postBytes(path, body, "multipart/form-data; boundary=" + boundary);
    }

    public Response patch(String path, Object body, String... headers) {
        var builder = json(path, body).method("PATCH", HttpRequest.BodyPublishers.ofString(write(body)));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    /** A GET whose body is a file: the status and the bytes. */
    public Map.Entry<Integer, byte[]> bytes(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return Map.entry(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    private HttpRequest.Builder json(String path, Object body) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private static String write(Object body) {
        return JSON.writeValueAsString(body);
    }

    private Response send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body() == null ? "" : response.body().strip();
            JsonNode body = raw.startsWith("{") || raw.startsWith("[") ? JSON.readTree(raw) : null;
            return new Response(
                    response.statusCode(), body, raw, response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

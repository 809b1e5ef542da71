package uk.evidencemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Reading an area's map and change log through the API, for tests that compare them. */
public final class ApiGraphs {

    private ApiGraphs() {}

    /** The API body of a new practitioner called {@code name}. */
    public static Map<String, Object> person(String name) {
        return Map.of("type", "Person", "name", name, "properties", Map.of("role", "PRACTITIONER"));
    }

    /**
     * A map as the API gives it ({@code GET /api/areas/{id}/graph}), reduced to what must agree:
     * each node's name, version and properties, and each relationship's type and ends, by id.
     */
    public static Map<String, String> shape(JsonNode graph) {
        Map<String, String> shape = new TreeMap<>();
        for (JsonNode n : graph.get("nodes")) {
            shape.put(
                    "node " + n.get("id").asString(),
                    n.get("name").asString() + " v" + n.get("version").asLong() + " " + n.get("properties"));
        }
        for (JsonNode r : graph.get("relationships")) {
            shape.put(
                    "relationship " + r.get("id").asString(),
                    r.get("type").asString() + " " + r.get("from").asString() + " "
                            + r.get("to").asString());
        }
        return shape;
    }

    /** Every change record of the area, oldest first, read page by page. */
    public static List<JsonNode> history(Http http, String area) {
        List<JsonNode> all = new ArrayList<>();
        long since = 0;
        while (true) {
            JsonNode page =
                    http.get("/api/areas/" + area + "/history?since=" + since).body();
            if (page == null || page.isEmpty()) {
                return all;
            }
            page.forEach(all::add);
            since = page.get(page.size() - 1).get("seq").asLong();
        }
    }
}

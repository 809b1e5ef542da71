package uk.evidencemap.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.evidencemap.analysis.NetworkReport;
import uk.evidencemap.analysis.NodeFigures;
import uk.evidencemap.exchange.ExchangeService;
import uk.evidencemap.exchange.ExportFormat;

/**
 * The peer rows of the benchmark: NetworkX's and igraph's betweenness on the same champions graph as
 * the product's, in the same run. The area is exported as GraphML through {@link ExchangeService};
 * src/test/resources/benchmark/peers.py rebuilds the champions graph from the file and times the
 * library's call alone. Each library is run by the first Python 3 found that imports it (python3 on
 * the PATH, then /usr/bin/python3: Debian's python3-networkx and python3-igraph); a missing one
 * gives a row saying so. The scores are compared with the product's, so the row also says whether
 * the graphs and the numbers agree. Asserts nothing.
 */
final class PeerFigures {

    private static final List<String> PYTHONS = List.of("python3", "/usr/bin/python3");

    private PeerFigures() {}

    /**
     * @param product the product's network figures of the area (betweenness per node id)
     * @param productP50 the product's p50 in ms of the champions after a change to the champions graph (sweep made afresh), for the ratio
     * @return table rows: library, version, graph size, time in ms, ratio to the product, largest difference
     */
    static List<String> measure(ExchangeService exchange, String areaId, NetworkReport product, double productP50)
            throws IOException, InterruptedException {
        Path folder = Files.createDirectories(Path.of("target", "benchmark-peers"));
        Path graphml = folder.resolve(areaId + ".graphml");
        try (OutputStream out = Files.newOutputStream(graphml)) {
            exchange.export(areaId, ExportFormat.GRAPHML, out);
        }
        Path script = folder.resolve("peers.py");
        try (var in = PeerFigures.class.getResourceAsStream("/benchmark/peers.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> rows = new ArrayList<>();
        rows.add(String.format(
                Locale.ROOT,
                "%-62s | %-50s | %9s | %9s | %s",
                "betweenness, champions graph of " + areaId,
                "library",
                "ms",
                "x product",
                "largest |difference| from the product"));
        rows.add("-".repeat(160));
        rows.add(String.format(
                Locale.ROOT,
                "%-62s | %-50s | %9.1f | %9s | %s",
                product.nodes().size() + " nodes, " + product.network().relationships() + " edges",
                "Evidence Map (Java, champions, graph changed, p50)",
                productP50,
                "1.0",
                ""));
        JsonMapper json = JsonMapper.builder().build();
        for (String library : List.of("igraph", "networkx")) {
            String python = pythonWith(library);
            if (python == null) {
                rows.add(String.format(
                        Locale.ROOT,
                        "%-62s | %-50s | %9s | %9s | %s",
                        "",
                        library,
                        "-",
                        "-",
                        "not run: no Python 3 here imports " + library));
                continue;
            }
            Path result = folder.resolve(library + ".json");
            Process process = new ProcessBuilder(
                            python, script.toString(), graphml.toString(), result.toString(), library)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                rows.add(String.format(Locale.ROOT, "%-62s | %-50s | failed: %s", "", library, output.strip()));
                continue;
            }
            JsonNode peer = json.readTree(result.toFile());
            double ms = peer.get("seconds").asDouble() * 1000;
            double largest = 0;
            int missing = 0;
            JsonNode scores = peer.get("betweenness");
            for (NodeFigures node : product.nodes()) {
                JsonNode score = scores.get(node.node().id());
                if (score == null) {
                    missing++;
                } else {
                    largest = Math.max(largest, Math.abs(score.asDouble() - node.betweenness()));
                }
            }
            rows.add(String.format(
                    Locale.ROOT,
                    "%-62s | %-50s | %9.1f | %9.2f | %.2e%s",
                    peer.get("nodes").asInt() + " nodes, " + peer.get("edges").asInt() + " edges",
                    library + " " + peer.get("version").asString() + " (" + python + ")",
                    ms,
                    ms / productP50,
                    largest,
                    missing == 0 ? "" : "; " + missing + " of the product's nodes missing from the file"));
        }
        return rows;
    }

    private static String pythonWith(String module) throws InterruptedException {
        for (String python : PYTHONS) {
            try {
                Process probe = new ProcessBuilder(python, "-c", "import " + module)
                        .redirectErrorStream(true)
                        .start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return python;
                }
            } catch (IOException e) {
                // not on this machine: try the next
            }
        }
        return null;
    }
}

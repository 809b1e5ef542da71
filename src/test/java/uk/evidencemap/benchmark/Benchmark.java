package uk.evidencemap.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import uk.evidencemap.Application;
import uk.evidencemap.analysis.AnalysisGraphQuery;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.area.AreaChanged;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.comparison.ComparisonService;
import uk.evidencemap.comparison.SnapshotService;
import uk.evidencemap.exchange.ExchangeService;
import uk.evidencemap.exchange.ImportService;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.AreaGraphQuery;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeChange;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipDraft;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.map.ui.CanvasPayload;
import uk.evidencemap.security.SystemUser;

/**
 * The project's benchmark command ({@code ./mvnw -Pbenchmark verify}): builds a seeded synthetic
 * national data set in a fresh embedded database, then times the product's operations through
 * its services, beside the same Cypher run bare through the driver, and prints a table.
 * Nothing here asserts a time: the figures are for people to read.
 */
public final class Benchmark {

    static final int RUNS = 25;
    static final int WARM_UP = 5;
    /** Runs of the operations that take seconds (the whole national set with nothing cached). */
    static final int UNCACHED_RUNS = 5;

    private static final double NO_BASELINE = -1;
    private static final String ADMIN_PASSWORD = "benchmark-" + UUID.randomUUID();
    /** Browser runs per map size (the large maps take seconds each). */
    static final int BROWSER_RUNS = 3;
    /** Changes saved while N pages are open, per N (each gives N observations). */
    static final int LIVE_CHANGES = 20;

    static final long SEED = 20261123L;

    private final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int areas = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        int[] pages = Arrays.stream((args.length > 2 ? args[2] : "1,10,50").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        new Benchmark().run(areas, args.length > 1 ? args[1] : "all", pages);
        System.exit(0);
    }

    /**
     * {@code only}: "all", "live" (the live updates only), "analysis" (analyses and comparison only)
     * or "exchange" (import and export only).
     */
    void run(int areaCount, String only, int[] pages) throws IOException {
        boolean liveOnly = "live".equals(only);
        boolean analysisOnly = "analysis".equals(only);
        boolean exchangeOnly = "exchange".equals(only);
        Path directory = Path.of("target", "benchmark-db");
        deleteRecursively(directory);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(
                        "--evidencemap.database.data-dir=" + directory,
                        "--evidencemap.database.bolt-port=0",
                        "--evidencemap.database.page-cache=512m",
                        "--evidencemap.demo=false",
                        "--server.port=0",
                        "--evidencemap.analysis.warm=false",
                        "--evidencemap.map.max-drawn-nodes=6000",
                        "--evidencemap.security.admin-password=" + ADMIN_PASSWORD,
                        "--logging.level.root=warn",
                        "--spring.main.banner-mode=off")) {
            System.out.printf(Locale.ROOT, "Application started in %.1f s%n", (System.nanoTime() - started) / 1e9);
            Driver driver = app.getBean(Driver.class);
            SystemUser system = app.getBean(SystemUser.class);
            AnalysisService analyses = app.getBean(AnalysisService.class);
            MapService map = app.getBean(MapService.class);

            SyntheticData data = new SyntheticData(driver, SEED);
            data.catalogue(40);
            String port = app.getEnvironment().getProperty("local.server.port");
            List<String> browserRows = new ArrayList<>();
            if (exchangeOnly) {
                system.run(() -> browserRows.addAll(exchange(app)));
                print(rows, browserRows);
                return;
            }
            if (!liveOnly) {
                long generating = System.nanoTime();
                for (int i = 1; i <= areaCount; i++) {
                    data.area(String.format("synthetic-%03d", i), "Synthetic area " + i, 400, 1_200);
                }
                data.area("synthetic-large", "Synthetic large area", 5_000, 20_000);
                data.widerContext("synthetic-large", 200, 400);
                int[][] canvasSizes = {{200, 600}, {2_000, 6_000}, {5_000, 15_000}};
                for (int[] size : canvasSizes) {
                    data.area("canvas-" + size[0], "Canvas " + size[0], size[0], size[1]);
                }
                System.out.printf(
                        Locale.ROOT,
                        "Generated %d areas of about 400 nodes and 1,200 relationships, and one of"
                                + " 5,000 and 20,000, in %.1f s (seed %d)%n",
                        areaCount,
                        (System.nanoTime() - generating) / 1e9,
                        SEED);

                system.run(() -> {
                    for (String area : List.of("synthetic-001", "synthetic-large")) {
                        var graph = map.graph(area);
                        String label = area + " (" + graph.nodes().size() + " nodes, "
                                + graph.relationships().size() + " relationships)";
                        double mapBare = measure(
                                label,
                                "map read (every property), bare through the driver",
                                0,
                                () -> driver.executableQuery(AreaGraphQuery.CYPHER)
                                        .withParameters(Map.of("areaId", area))
                                        .execute());
                        measure(label, "map read through MapService", mapBare, () -> map.graph(area));
                        double bare = measure(
                                label,
                                "analysis read (lean), bare through the driver",
                                0,
                                () -> driver.executableQuery(AnalysisGraphQuery.CYPHER)
                                        .withParameters(Map.of("areaId", area))
                                        .execute());
                        // "after a change": a barrier's severity is saved through the map service
                        // (one change in the log, the area's results dropped), then the analysis is
                        // timed; the save itself is not. "Cold": nothing held, the area read whole.
                        MapNode barrier = map.nodes(area, NodeType.BARRIER).getFirst();
                        int[] changes = {0};
                        Runnable change = () -> {
                            MapNode current = map.node(area, barrier.id()).orElseThrow();
                            map.updateNode(
                                    area,
                                    barrier.id(),
                                    new NodeChange(
                                            current.name(),
                                            Map.of("severity", (long) (1 + changes[0]++ % 5)),
                                            current.version()));
                        };
                        // "after a change to the champions graph": a collaboration between two people who
                        // were not linked is added, and taken away the next time, so that the sweep and the
                        // network figures are made afresh every time (decision 023)
                        List<MapNode> people = map.nodes(area, NodeType.PERSON);
                        String[] pair = unlinkedPair(map.graph(area), people);
                        String[] collaboration = {null};
                        Runnable networkChange = () -> {
                            if (collaboration[0] == null) {
                                collaboration[0] = map.createRelationship(
                                                area,
                                                new RelationshipDraft(
                                                        RelationshipType.COLLABORATES_WITH, pair[0], pair[1], Map.of()))
                                        .id();
                            } else {
                                map.deleteRelationship(area, collaboration[0]);
                                collaboration[0] = null;
                            }
                        };
                        measure(label, "gaps after a change", bare, change, () -> analyses.gaps(area));
                        measure(label, "champions after a change", bare, change, () -> analyses.champions(area));
                        double championsP50 = measure(
                                label,
                                "champions after a change to the champions graph",
                                bare,
                                networkChange,
                                () -> analyses.champions(area));
                        measure(label, "network figures after a change", bare, change, () -> analyses.network(area));
                        measure(label, "feedback loops after a change", bare, change, () -> analyses.loops(area));
                        measure(label, "network figures and loops after a change", bare, change, () -> {
                            analyses.network(area);
                            return analyses.loops(area);
                        });
                        measure(
                                label,
                                "network figures and loops, champions graph changed",
                                bare,
                                networkChange,
                                () -> {
                                    analyses.network(area);
                                    return analyses.loops(area);
                                });
                        if (collaboration[0] != null) {
                            networkChange.run();
                        }
                        measure(label, "blocked paths after a change", bare, change, () -> analyses.blockedPaths(area));
                        Runnable cold = () -> app.publishEvent(AreaChanged.everyArea());
                        measure(
                                label,
                                "gaps, cold (nothing held: area read whole)",
                                bare,
                                cold,
                                () -> analyses.gaps(area));
                        measure(
                                label,
                                "blocked paths, cold (area read whole)",
                                bare,
                                cold,
                                () -> analyses.blockedPaths(area));
                        measure(label, "gaps (cached)", bare, () -> analyses.gaps(area));
                        var network = analyses.network(area);
                        System.out.printf(
                                "%s: %d gaps, %d people ranked, %d blocked paths; champions graph %d nodes and %d"
                                        + " edges, %d communities; %d feedback loops%n",
                                area,
                                analyses.gaps(area).size(),
                                analyses.champions(area).people().size(),
                                analyses.blockedPaths(area).size(),
                                network.network().nodes(),
                                network.network().relationships(),
                                network.network().communities(),
                                analyses.loops(area).loops().size());
                        if (area.equals("synthetic-large")) {
                            try {
                                browserRows.addAll(PeerFigures.measure(
                                        app.getBean(ExchangeService.class), area, network, championsP50));
                            } catch (IOException | InterruptedException e) {
                                browserRows.add("The peer libraries could not be run: " + e);
                            }
                            browserRows.add("");
                        }
                    }
                });
                ComparisonService comparison = app.getBean(ComparisonService.class);
                SnapshotService snapshots = app.getBean(SnapshotService.class);
                system.run(() -> {
                    List<String> all = new ArrayList<>();
                    for (int i = 1; i <= areaCount; i++) {
                        all.add(String.format("synthetic-%03d", i));
                    }
                    List<String> four = all.subList(0, Math.min(4, all.size()));
                    String fourLabel = four.size() + " typical areas (as the four pilots)";
                    String allLabel = areaCount + " typical areas (the national set)";
                    measure(fourLabel, "compare (analyses cached)", NO_BASELINE, () -> comparison.compare(four));
                    measure(fourLabel, "compare (nothing cached)", NO_BASELINE, () -> {
                        app.publishEvent(AreaChanged.everyArea());
                        return comparison.compare(four);
                    });
                    measure(allLabel, "compare (analyses cached)", NO_BASELINE, () -> comparison.compare(all));
                    measure(allLabel, "compare (nothing cached)", NO_BASELINE, UNCACHED_RUNS, 1, () -> {
                        app.publishEvent(AreaChanged.everyArea());
                        return comparison.compare(all);
                    });
                    measure(
                            allLabel,
                            "scheduled snapshot of every area (cached)",
                            NO_BASELINE,
                            UNCACHED_RUNS,
                            1,
                            snapshots::takeScheduled);
                });
                if (analysisOnly) {
                    print(rows, browserRows);
                    return;
                }
                system.run(() -> {
                    var json = JsonMapper.builder().build();
                    for (int[] size : canvasSizes) {
                        String area = "canvas-" + size[0];
                        var graph = map.graph(area);
                        String label = area + " (" + graph.nodes().size() + " nodes, "
                                + graph.relationships().size() + " relationships)";
                        measure(
                                label,
                                "canvas payload: map read, records, JSON",
                                NO_BASELINE,
                                () -> json.writeValueAsString(
                                        CanvasPayload.of(map.graph(area), id -> true, r -> true)));
                        int bytes = json.writeValueAsString(CanvasPayload.of(graph, id -> true, r -> true))
                                .length();
                        rows.add(String.format(
                                Locale.ROOT,
                                "%-62s | %-50s |      | %,9d bytes",
                                label,
                                "canvas payload size (JSON)",
                                bytes));
                    }
                });
                system.run(() -> browserRows.addAll(exchange(app)));
                browserRows.add("");
                system.run(() -> browserRows.addAll(
                        BrowserFigures.measure(port, ADMIN_PASSWORD, map, canvasSizes, BROWSER_RUNS)));
            }
            if (analysisOnly) {
                return;
            }
            data.area("live", "Live updates", 60, 120);
            browserRows.add("");
            system.run(() ->
                    browserRows.addAll(LiveFigures.measure(port, ADMIN_PASSWORD, map, "live", pages, LIVE_CHANGES)));
            browserRows.add("");
            system.run(() -> browserRows.addAll(
                    PushFigures.measure(port, "admin", ADMIN_PASSWORD, map, "live", pages, LIVE_CHANGES)));
            print(rows, browserRows);
        }
    }

    /** Import of a GraphML file of 5,000 nodes and 20,000 relationships, and export in each format. */
    private static List<String> exchange(ConfigurableApplicationContext app) {
        long started = System.nanoTime();
        List<String> rows = ExchangeFigures.measure(
                app.getBean(AreaService.class),
                app.getBean(ImportService.class),
                app.getBean(ExchangeService.class),
                app.getBean(CatalogueService.class).programmes(),
                SEED);
        System.out.printf(Locale.ROOT, "Import and export measured in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return rows;
    }

    /** Two people of the map with no relationship between them (the first such pair in id order). */
    private static String[] unlinkedPair(AreaGraph graph, List<MapNode> people) {
        Set<String> linked = new HashSet<>();
        graph.relationships().forEach(r -> {
            linked.add(r.from() + " " + r.to());
            linked.add(r.to() + " " + r.from());
        });
        List<String> ids = people.stream().map(MapNode::id).sorted().toList();
        for (String a : ids) {
            for (String b : ids) {
                if (!a.equals(b) && !linked.contains(a + " " + b)) {
                    return new String[] {a, b};
                }
            }
        }
        throw new IllegalStateException("every two people of the map are linked");
    }

    private static void print(List<String> rows, List<String> browserRows) {
        Runtime runtime = Runtime.getRuntime();
        System.out.println();
        System.out.printf(
                "%-62s | %-50s | %4s | %9s | %9s | %s%n",
                "area", "operation", "runs", "p50 ms", "p95 ms", "p50 / p50 of the bare read above");
        System.out.println("-".repeat(160));
        rows.forEach(System.out::println);
        System.out.println();
        browserRows.forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "%nJVM heap in use after the run: %d MB of %d MB committed; %d processors%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.totalMemory() >> 20,
                runtime.availableProcessors());
    }

    private double measure(String area, String operation, double bareP50, Supplier<?> work) {
        return measure(area, operation, bareP50, RUNS, WARM_UP, work);
    }

    private double measure(String area, String operation, double bareP50, Runnable untimedSetUp, Supplier<?> work) {
        return measure(area, operation, bareP50, RUNS, WARM_UP, untimedSetUp, work);
    }

    private double measure(String area, String operation, double bareP50, int runs, int warmUp, Supplier<?> work) {
        return measure(area, operation, bareP50, runs, warmUp, () -> {}, work);
    }

    /** Times {@code work} {@code runs} times after {@code warmUp} runs, each after {@code untimedSetUp}. */
    private double measure(
            String area,
            String operation,
            double bareP50,
            int runs,
            int warmUp,
            Runnable untimedSetUp,
            Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            untimedSetUp.run();
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            untimedSetUp.run();
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Comparator.naturalOrder());
        double p50 = percentile(millis, 0.50);
        double p95 = percentile(millis, 0.95);
        rows.add(String.format(
                Locale.ROOT,
                "%-62s | %-50s | %4d | %9.2f | %9.2f | %s",
                area,
                operation,
                runs,
                p50,
                p95,
                bareP50 < 0 ? "" : bareP50 == 0 ? "(baseline)" : String.format(Locale.ROOT, "%.2f", p50 / bareP50)));
        return p50;
    }

    static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

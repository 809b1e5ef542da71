package uk.evidencemap.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaDraft;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.exchange.ExchangeService;
import uk.evidencemap.exchange.ExportFormat;
import uk.evidencemap.exchange.ExportedArea;
import uk.evidencemap.exchange.GraphMlReader;
import uk.evidencemap.exchange.GraphMlWriter;
import uk.evidencemap.exchange.ImportOptions;
import uk.evidencemap.exchange.ImportReport;
import uk.evidencemap.exchange.ImportService;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodePosition;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/**
 * Import and export at scale: a seeded GraphML file of 5,000 nodes (4,960 of an area's own, of
 * every type that is not a programme, a fifth of them factors, each placed; and the 40 programmes
 * of the synthetic catalogue, which the import joins) and 20,000 relationships following the model
 * (a fifth of them influences with a polarity and a strength), written by the product's own {@link
 * GraphMlWriter}; imported through {@link ImportService} into a fresh empty area, as a dry run and
 * for real (each real run into another empty area), and as a dry run into the area it made (every
 * element joined to a node there, every connection on the map already); then that area exported through {@link
 * ExchangeService} in each format. Wall time, and the peak of the heap in use during each import:
 * the highest of the heap in use sampled every 5 ms by a thread of its own and the heap in use at
 * the start of every garbage collection during the run (GC notifications), beside the heap in use
 * just before it (after {@code System.gc()}). Figures only; nothing is asserted.
 */
final class ExchangeFigures {

    static final int NODES = 5_000;
    static final int RELATIONSHIPS = 20_000;
    static final int IMPORT_RUNS = 3;
    static final int EXPORT_RUNS = 5;

    /** Shares of the file's own nodes per type. */
    private static final Map<NodeType, Double> NODE_SHARES = new EnumMap<>(Map.of(
            NodeType.PERSON, 0.20,
            NodeType.ORGANISATION, 0.08,
            NodeType.INTERVENTION, 0.12,
            NodeType.NEED, 0.08,
            NodeType.BARRIER, 0.12,
            NodeType.ENABLER, 0.10,
            NodeType.EVIDENCE, 0.10,
            NodeType.FACTOR, 0.20));

    /** Shares of the relationships per type: those of {@link SyntheticData} scaled to four fifths, and influences. */
    private static final Map<RelationshipType, Double> RELATIONSHIP_SHARES = new EnumMap<>(Map.ofEntries(
            Map.entry(RelationshipType.WORKS_FOR, 0.068),
            Map.entry(RelationshipType.COLLABORATES_WITH, 0.16),
            Map.entry(RelationshipType.PARTNERS_WITH, 0.028),
            Map.entry(RelationshipType.COMMISSIONS, 0.048),
            Map.entry(RelationshipType.DELIVERS, 0.06),
            Map.entry(RelationshipType.CHAMPIONS, 0.056),
            Map.entry(RelationshipType.LEADS, 0.028),
            Map.entry(RelationshipType.IMPLEMENTS, 0.028),
            Map.entry(RelationshipType.ADDRESSES, 0.068),
            Map.entry(RelationshipType.TARGETS, 0.04),
            Map.entry(RelationshipType.INFORMS, 0.04),
            Map.entry(RelationshipType.BLOCKS, 0.08),
            Map.entry(RelationshipType.MITIGATES, 0.044),
            Map.entry(RelationshipType.SUPPORTS, 0.052),
            Map.entry(RelationshipType.INFLUENCES, 0.20)));

    private ExchangeFigures() {}

    /**
     * Runs the figures; call as a user who may create areas and edit them (the benchmark's system
     * user, as for its other writes).
     *
     * @param programmes the synthetic catalogue, which the file's programmes name
     */
    static List<String> measure(
            AreaService areas, ImportService imports, ExchangeService exchange, List<MapNode> programmes, long seed) {
        List<String> rows = new ArrayList<>();
        byte[] file = graphml(programmes, seed);
        String label = String.format(
                Locale.ROOT, "GraphML of %,d nodes, %,d relationships (%,d bytes)", NODES, RELATIONSHIPS, file.length);
        rows.add(String.format(
                "%-62s | %-50s | %4s | %9s | %9s | %s",
                "import and export (exchange)",
                "operation",
                "runs",
                "p50 ms",
                "max ms",
                "peak heap in use / before, MB"));
        rows.add("-".repeat(160));
        int[] made = {0};
        Supplier<String> emptyArea = () -> {
            made[0]++;
            return areas.create(new AreaDraft("import-" + made[0], "Import benchmark " + made[0], null, "Synthetic"))
                    .id();
        };
        // warm-up: one dry run, not counted
        importOnce(imports, emptyArea.get(), file, true);
        List<Run> dry = new ArrayList<>();
        ImportReport last = null;
        for (int i = 0; i < IMPORT_RUNS; i++) {
            Run run = importOnce(imports, emptyArea.get(), file, true);
            dry.add(run);
            last = run.report();
        }
        rows.add(importRow(label, "import, dry run (read, plan, report)", dry));
        List<Run> real = new ArrayList<>();
        String imported = null;
        for (int i = 0; i < IMPORT_RUNS; i++) {
            imported = emptyArea.get();
            real.add(importOnce(imports, imported, file, false));
        }
        rows.add(importRow(label, "import into an empty area (written, one change)", real));
        ImportReport report = real.getLast().report();
        rows.add(String.format(
                Locale.ROOT,
                "%-62s | created %,d nodes and %,d relationships, joined %d programmes, skipped %d rows, %d loops%s",
                "",
                report.created().nodes(),
                report.created().relationships(),
                report.matched(),
                report.skipped().size(),
                report.loops(),
                last != null && last.created().equals(report.created()) ? " (as the dry run said)" : ""));
        // the same file again into the area it made: every element joins a node already there and
        // every connection is skipped as on the map already (a dry run: a real one would hold nothing new)
        List<Run> again = new ArrayList<>();
        for (int i = 0; i < IMPORT_RUNS; i++) {
            again.add(importOnce(imports, imported, file, true));
        }
        rows.add(importRow(label, "the same again into that area, dry run", again));
        ImportReport repeat = again.getLast().report();
        rows.add(String.format(
                Locale.ROOT,
                "%-62s | joined %,d nodes, created %,d, skipped %,d connections as on the map already",
                "",
                repeat.matched(),
                repeat.created().nodes() + repeat.created().relationships(),
                repeat.skipped().size()));
        rows.add("");
        String area = imported;
        String areaLabel = "the imported area (" + NODES + " nodes, " + RELATIONSHIPS + " relationships)";
        for (ExportFormat format : ExportFormat.values()) {
            List<Double> millis = new ArrayList<>();
            long size = 0;
            for (int i = -1; i < EXPORT_RUNS; i++) {
                CountingStream out = new CountingStream();
                long start = System.nanoTime();
                exchange.export(area, format, out);
                if (i >= 0) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                size = out.count;
            }
            millis.sort(Comparator.naturalOrder());
            rows.add(String.format(
                    Locale.ROOT,
                    "%-62s | %-50s | %4d | %9.0f | %9.0f | %,d bytes",
                    areaLabel,
                    "export " + format.code(),
                    millis.size(),
                    Benchmark.percentile(millis, 0.5),
                    millis.getLast(),
                    size));
        }
        return rows;
    }

    private record Run(double millis, long peakBytes, long beforeBytes, ImportReport report) {}

    private static Run importOnce(ImportService imports, String areaId, byte[] file, boolean dryRun) {
        System.gc();
        long before = heapInUse();
        try (HeapPeak peak = new HeapPeak()) {
            long start = System.nanoTime();
            ImportReport report = imports.importFile(
                    areaId,
                    new GraphMlReader(),
                    new ByteArrayInputStream(file),
                    "synthetic.graphml",
                    ImportOptions.defaults(),
                    dryRun);
            double millis = (System.nanoTime() - start) / 1e6;
            return new Run(millis, peak.peak(), before, report);
        }
    }

    private static String importRow(String label, String operation, List<Run> runs) {
        List<Double> millis =
                new ArrayList<>(runs.stream().map(Run::millis).sorted().toList());
        long peak = runs.stream().mapToLong(Run::peakBytes).max().orElse(0);
        long before = runs.stream().mapToLong(Run::beforeBytes).max().orElse(0);
        return String.format(
                Locale.ROOT,
                "%-62s | %-50s | %4d | %9.0f | %9.0f | %,d / %,d",
                label,
                operation,
                millis.size(),
                Benchmark.percentile(millis, 0.5),
                millis.getLast(),
                peak >> 20,
                before >> 20);
    }

    private static long heapInUse() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The peak of the heap in use while it is open: sampled every 5 ms, and read at the start of
     * every garbage collection (where the heap is fullest) from the collectors' notifications.
     */
    private static final class HeapPeak implements AutoCloseable {

        private final AtomicLong peak = new AtomicLong(heapInUse());
        private final Set<String> heapPools = new HashSet<>();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> pool :
                        info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                    if (heapPools.contains(pool.getKey())) {
                        used += pool.getValue().getUsed();
                    }
                }
                see(used);
            }
        };
        private final Thread sampler;
        private volatile boolean running = true;

        HeapPeak() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    emitters.add(emitter);
                }
            }
            sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
                while (running) {
                    see(heapInUse());
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        private void see(long used) {
            peak.accumulateAndGet(used, Math::max);
        }

        long peak() {
            see(heapInUse());
            return peak.get();
        }

        @Override
        public void close() {
            running = false;
            sampler.interrupt();
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // not there: nothing to remove
                }
            }
        }
    }

    /** An output stream that only counts the bytes written to it. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** The seeded GraphML file, written by the product's GraphML writer. */
    static byte[] graphml(List<MapNode> programmes, long seed) {
        Random random = new Random(seed);
        String areaId = "synthetic-file";
        List<MapNode> nodes = new ArrayList<>(programmes);
        Map<NodeType, List<String>> ids = new EnumMap<>(NodeType.class);
        ids.put(NodeType.PROGRAMME, programmes.stream().map(MapNode::id).toList());
        Map<String, NodePosition> positions = new LinkedHashMap<>();
        int own = NODES - programmes.size();
        int made = 0;
        List<NodeType> types = new ArrayList<>(NODE_SHARES.keySet());
        for (NodeType type : types) {
            int count = type == types.getLast() ? own - made : (int) Math.round(own * NODE_SHARES.get(type));
            List<String> typeIds = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = type.label().toLowerCase(Locale.ROOT) + "-" + i;
                typeIds.add(id);
                nodes.add(new MapNode(id, type, areaId, type.label() + " " + i, 0, properties(type, i, random)));
                positions.put(id, new NodePosition(random.nextInt(20_000) - 10_000, random.nextInt(20_000) - 10_000));
            }
            ids.put(type, typeIds);
            made += count;
        }
        List<MapRelationship> relationships = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<RelationshipType> relationshipTypes = new ArrayList<>(RELATIONSHIP_SHARES.keySet());
        for (RelationshipType type : relationshipTypes) {
            int wanted = type == relationshipTypes.getLast()
                    ? RELATIONSHIPS - relationships.size()
                    : (int) Math.round(RELATIONSHIPS * RELATIONSHIP_SHARES.get(type));
            int added = 0;
            while (added < wanted) {
                List<String> sources =
                        ids.get(type.from().get(random.nextInt(type.from().size())));
                List<String> targets =
                        ids.get(type.to().get(random.nextInt(type.to().size())));
                String from = sources.get(random.nextInt(sources.size()));
                String to = targets.get(random.nextInt(targets.size()));
                String key = type.undirected() && from.compareTo(to) > 0 ? type + to + from : type + from + to;
                if (from.equals(to) || !seen.add(key)) {
                    continue;
                }
                Map<String, Object> properties = new LinkedHashMap<>();
                if (type == RelationshipType.INFLUENCES) {
                    properties.put(
                            "polarity", List.of("SAME", "OPPOSITE", "UNKNOWN").get(random.nextInt(3)));
                    properties.put("strength", (long) (1 + random.nextInt(5)));
                }
                relationships.add(new MapRelationship("r-" + relationships.size(), type, from, to, areaId, properties));
                added++;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new GraphMlWriter()
                    .write(
                            new ExportedArea(
                                    new Area(areaId, "Synthetic file", null, "Synthetic"),
                                    "3",
                                    new AreaGraph(areaId, nodes, relationships),
                                    positions),
                            out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, Object> properties(NodeType type, int index, Random random) {
        Map<String, Object> p = new LinkedHashMap<>();
        switch (type) {
            case PERSON -> p.put("role", index == 0 ? "LOCAL_EVIDENCE_LEADER" : "PRACTITIONER");
            case ORGANISATION ->
                p.put(
                        "kind",
                        List.of("LOCAL_AUTHORITY", "FAMILY_HUB", "NHS", "SCHOOL")
                                .get(index % 4));
            case INTERVENTION -> {
                p.put(
                        "stage",
                        List.of("EXPLORATION", "INITIAL_IMPLEMENTATION", "FULL_IMPLEMENTATION")
                                .get(index % 3));
                p.put("reach", (long) random.nextInt(500));
            }
            case NEED -> p.put("priority", (long) (1 + random.nextInt(5)));
            case BARRIER -> {
                p.put(
                        "category",
                        List.of("FUNDING", "STAFF_CAPACITY", "PARENT_ENGAGEMENT")
                                .get(index % 3));
                p.put("severity", (long) (1 + random.nextInt(5)));
                p.put("status", random.nextDouble() < 0.7 ? "OPEN" : "MITIGATED");
                p.put("tags", List.of("synthetic", "barrier-" + (index % 10)));
            }
            case ENABLER -> {
                p.put(
                        "category",
                        List.of("EVIDENCE_RESOURCES", "PARTNERSHIP", "FAMILY_VOICE")
                                .get(index % 3));
                p.put("strength", (long) (1 + random.nextInt(5)));
            }
            case EVIDENCE -> {
                p.put("kind", List.of("RCT", "LOCAL_DATA", "USER_VOICE").get(index % 3));
                p.put("year", (long) (2000 + random.nextInt(26)));
            }
            case FACTOR -> {
                p.put(
                        "domain",
                        List.of("economic", "family", "policy", "workforce").get(index % 4));
                p.put("description", "A synthetic factor of the wider context, number " + index);
                p.put("field.Households", (long) random.nextInt(100_000));
            }
            default -> {}
        }
        return p;
    }
}

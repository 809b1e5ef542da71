package uk.evidencemap.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.EvidenceRating;
import uk.evidencemap.taxonomy.ImplementationStage;

/**
 * The three questions asked of one area's map, computed over the map as read by one query.
 * Pure: no database, no security, so each rule can be tested on a hand-built graph.
 * Definitions are those of docs/domain.md; the choices it leaves open are in
 * docs/analyses.md.
 */
public final class AreaAnalysis {

    /** A path reaches an evidence leader within this many relationships. */
    static final int LEADERSHIP_REACH = 3;

    private final Map<String, MapNode> nodes = new LinkedHashMap<>();
    private final Map<RelationshipType, Map<String, List<String>>> out = new EnumMap<>(RelationshipType.class);
    private final Map<RelationshipType, Map<String, List<String>>> in = new EnumMap<>(RelationshipType.class);
    private final Map<String, Set<String>> neighbours = new HashMap<>();
    private final EvidenceRating threshold;

    public AreaAnalysis(AreaGraph graph, EvidenceRating strongEvidence) {
        this.threshold = strongEvidence;
        // Every list is in one order (type, name, id), whatever order the map was read in, so that
        // findings and their reason texts come out the same from any read of the same map.
        graph.nodes().stream().sorted(BY_TYPE_AND_NAME).forEach(n -> nodes.put(n.id(), n));
        Map<String, Integer> rank = new HashMap<>(nodes.size() * 2);
        nodes.keySet().forEach(id -> rank.put(id, rank.size()));
        for (MapRelationship r : graph.relationships()) {
            if (!nodes.containsKey(r.from()) || !nodes.containsKey(r.to())) {
                continue;
            }
            out.computeIfAbsent(r.type(), t -> new HashMap<>())
                    .computeIfAbsent(r.from(), k -> new ArrayList<>())
                    .add(r.to());
            in.computeIfAbsent(r.type(), t -> new HashMap<>())
                    .computeIfAbsent(r.to(), k -> new ArrayList<>())
                    .add(r.from());
            neighbours.computeIfAbsent(r.from(), k -> new LinkedHashSet<>()).add(r.to());
            neighbours.computeIfAbsent(r.to(), k -> new LinkedHashSet<>()).add(r.from());
        }
        Comparator<String> byNode = Comparator.comparingInt(rank::get);
        for (var adjacency : List.of(out, in)) {
            adjacency.values().forEach(lists -> lists.values().forEach(list -> list.sort(byNode)));
        }
    }

    private static final Comparator<MapNode> BY_TYPE_AND_NAME = Comparator.comparing(MapNode::type)
            .thenComparing(MapNode::name, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(MapNode::id);

    // ---- reading the map ------------------------------------------------------------------

    private List<MapNode> all(NodeType type) {
        return nodes.values().stream().filter(n -> n.type() == type).toList();
    }

    private List<MapNode> out(RelationshipType type, String id) {
        return out.getOrDefault(type, Map.of()).getOrDefault(id, List.of()).stream()
                .map(nodes::get)
                .toList();
    }

    private List<MapNode> in(RelationshipType type, String id) {
        return in.getOrDefault(type, Map.of()).getOrDefault(id, List.of()).stream()
                .map(nodes::get)
                .toList();
    }

    static ImplementationStage stage(MapNode intervention) {
        return Coded.byCode(ImplementationStage.class, intervention.text("stage"))
                .orElse(ImplementationStage.EXPLORATION);
    }

    static boolean inDelivery(MapNode intervention) {
        return stage(intervention).inDelivery();
    }

    static EvidenceRating rating(MapNode programme) {
        return Coded.byCode(EvidenceRating.class, programme.text("evidenceRating"))
                .orElse(EvidenceRating.UNRATED);
    }

    private boolean strong(MapNode programme) {
        return rating(programme).atLeast(threshold);
    }

    /** An intervention has strong evidence when it implements a programme rated at or above the threshold. */
    boolean hasStrongEvidence(MapNode intervention) {
        return out(RelationshipType.IMPLEMENTS, intervention.id()).stream().anyMatch(this::strong);
    }

    private static String rated(MapNode programme) {
        return "'" + programme.name() + "' (rated " + rating(programme).code()
                + (Boolean.TRUE.equals(programme.property("illustrative")) ? ", illustrative" : "") + ")";
    }

    private static int priority(MapNode need) {
        return need.property("priority") instanceof Number n ? n.intValue() : 3;
    }

    private static int intProperty(MapNode node, String key, int otherwise) {
        return node.property(key) instanceof Number n ? n.intValue() : otherwise;
    }

    private Set<String> championsOf(MapNode intervention) {
        Set<String> people = new LinkedHashSet<>();
        in(RelationshipType.CHAMPIONS, intervention.id()).forEach(p -> people.add(p.id()));
        in(RelationshipType.LEADS, intervention.id()).forEach(p -> people.add(p.id()));
        return people;
    }

    private boolean unmitigatedOpen(MapNode barrier) {
        return "OPEN".equals(barrier.text("status"))
                && in(RelationshipType.MITIGATES, barrier.id()).isEmpty();
    }

    // ---- 1. gaps --------------------------------------------------------------------------

    public List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        unmetNeeds(gaps);
        weakEvidenceDelivery(gaps);
        for (MapNode intervention : all(NodeType.INTERVENTION)) {
            if (stage(intervention) == ImplementationStage.STOPPED) {
                continue;
            }
            int severity = inDelivery(intervention) ? 3 : 2;
            if (championsOf(intervention).isEmpty()) {
                gaps.add(new Gap(
                        GapKind.UNCHAMPIONED_INTERVENTION,
                        severity,
                        Subject.of(intervention),
                        "Intervention '" + intervention.name() + "' ("
                                + stage(intervention).label().toLowerCase() + ") has no one who champions or leads it",
                        List.of()));
            }
            if (in(RelationshipType.COMMISSIONS, intervention.id()).isEmpty()) {
                gaps.add(new Gap(
                        GapKind.UNCOMMISSIONED_INTERVENTION,
                        severity,
                        Subject.of(intervention),
                        "Intervention '" + intervention.name() + "' ("
                                + stage(intervention).label().toLowerCase()
                                + ") is not commissioned by any organisation",
                        List.of()));
            }
        }
        for (MapNode barrier : all(NodeType.BARRIER)) {
            if (unmitigatedOpen(barrier)) {
                List<String> blocked = out(RelationshipType.BLOCKS, barrier.id()).stream()
                        .map(n -> "'" + n.name() + "'")
                        .toList();
                gaps.add(new Gap(
                        GapKind.UNMITIGATED_BARRIER,
                        intProperty(barrier, "severity", 3),
                        Subject.of(barrier),
                        "Open barrier '" + barrier.name() + "' (" + barrier.text("category") + ") has no enabler that"
                                + " mitigates it"
                                + (blocked.isEmpty() ? "" : "; it blocks " + String.join(", ", blocked)),
                        List.of()));
            }
        }
        outOfReach(gaps);
        gaps.sort(Comparator.comparingInt(Gap::severity)
                .reversed()
                .thenComparing(Gap::kind)
                .thenComparing(g -> g.subject().name(), String.CASE_INSENSITIVE_ORDER));
        return gaps;
    }

    private void unmetNeeds(List<Gap> gaps) {
        for (MapNode need : all(NodeType.NEED)) {
            List<MapNode> addressing = in(RelationshipType.ADDRESSES, need.id());
            boolean met = addressing.stream().anyMatch(i -> inDelivery(i) && hasStrongEvidence(i));
            if (met) {
                continue;
            }
            List<MapNode> strongProgrammes = in(RelationshipType.TARGETS, need.id()).stream()
                    .filter(this::strong)
                    .sorted(Comparator.comparing(AreaAnalysis::rating).thenComparing(MapNode::name))
                    .toList();
            StringBuilder reason = new StringBuilder(
                    "Need '" + need.name() + "' has no intervention in delivery with strong evidence");
            if (addressing.isEmpty()) {
                reason.append("; nothing addresses it");
            } else {
                reason.append("; it is addressed by ")
                        .append(addressing.stream()
                                .map(i -> "'" + i.name() + "' ("
                                        + stage(i).label().toLowerCase()
                                        + (hasStrongEvidence(i) ? "" : ", without strong evidence") + ")")
                                .collect(Collectors.joining(", ")));
            }
            if (!strongProgrammes.isEmpty()) {
                reason.append("; ")
                        .append(strongProgrammes.stream()
                                .map(AreaAnalysis::rated)
                                .collect(Collectors.joining(", ")))
                        .append(strongProgrammes.size() == 1 ? " targets it" : " target it");
            }
            gaps.add(new Gap(
                    GapKind.UNMET_NEED,
                    priority(need),
                    Subject.of(need),
                    reason.toString(),
                    strongProgrammes.stream()
                            .map(p -> Suggestion.here(Subject.of(p), rated(p) + " targets this need"))
                            .toList()));
        }
    }

    private void weakEvidenceDelivery(List<Gap> gaps) {
        for (MapNode intervention : all(NodeType.INTERVENTION)) {
            if (!inDelivery(intervention) || hasStrongEvidence(intervention)) {
                continue;
            }
            List<MapNode> implemented = out(RelationshipType.IMPLEMENTS, intervention.id());
            Map<MapNode, List<MapNode>> alternativesByNeed = new LinkedHashMap<>();
            for (MapNode need : out(RelationshipType.ADDRESSES, intervention.id())) {
                List<MapNode> alternatives = in(RelationshipType.TARGETS, need.id()).stream()
                        .filter(this::strong)
                        .filter(p -> !implemented.contains(p))
                        .toList();
                if (!alternatives.isEmpty()) {
                    alternativesByNeed.put(need, alternatives);
                }
            }
            if (alternativesByNeed.isEmpty()) {
                continue;
            }
            String evidence = implemented.isEmpty()
                    ? "a local service with no rated programme behind it"
                    : "implements "
                            + implemented.stream().map(AreaAnalysis::rated).collect(Collectors.joining(", "));
            String reason = "'" + intervention.name() + "' is in delivery without strong evidence (" + evidence + "); "
                    + alternativesByNeed.entrySet().stream()
                            .map(e -> "for '" + e.getKey().name() + "', "
                                    + e.getValue().stream()
                                            .map(AreaAnalysis::rated)
                                            .collect(Collectors.joining(", "))
                                    + (e.getValue().size() == 1 ? " targets" : " target") + " the same need")
                            .collect(Collectors.joining("; "));
            int severity = alternativesByNeed.keySet().stream()
                                    .mapToInt(AreaAnalysis::priority)
                                    .max()
                                    .orElse(3)
                            >= 4
                    ? 4
                    : 3;
            List<Suggestion> suggestions = alternativesByNeed.values().stream()
                    .flatMap(List::stream)
                    .distinct()
                    .map(p -> Suggestion.here(Subject.of(p), rated(p) + " targets the same need"))
                    .toList();
            gaps.add(new Gap(GapKind.WEAK_EVIDENCE_DELIVERY, severity, Subject.of(intervention), reason, suggestions));
        }
    }

    private void outOfReach(List<Gap> gaps) {
        List<MapNode> leaders = all(NodeType.PERSON).stream()
                .filter(p -> "LOCAL_EVIDENCE_LEADER".equals(p.text("role")))
                .toList();
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        Map<String, Integer> distance = new HashMap<>();
        for (MapNode leader : leaders) {
            queue.add(leader.id());
            distance.put(leader.id(), 0);
        }
        while (!queue.isEmpty()) {
            String id = queue.poll();
            reached.add(id);
            int d = distance.get(id);
            if (d == LEADERSHIP_REACH) {
                continue;
            }
            for (String next : neighbours.getOrDefault(id, Set.of())) {
                if (!distance.containsKey(next)) {
                    distance.put(next, d + 1);
                    queue.add(next);
                }
            }
        }
        for (MapNode organisation : all(NodeType.ORGANISATION)) {
            List<MapNode> commissioned = out(RelationshipType.COMMISSIONS, organisation.id());
            List<MapNode> delivered = out(RelationshipType.DELIVERS, organisation.id());
            if ((commissioned.isEmpty() && delivered.isEmpty()) || reached.contains(organisation.id())) {
                continue;
            }
            Set<String> work = new LinkedHashSet<>();
            commissioned.forEach(i -> work.add("commissions '" + i.name() + "'"));
            delivered.forEach(i -> work.add("delivers '" + i.name() + "'"));
            String reason = "Organisation '" + organisation.name() + "' " + String.join(" and ", work) + ", but "
                    + (leaders.isEmpty()
                            ? "the map has no local evidence leader"
                            : "is more than " + LEADERSHIP_REACH
                                    + " relationships away from every local evidence leader ("
                                    + leaders.stream().map(MapNode::name).collect(Collectors.joining(", ")) + ")");
            gaps.add(new Gap(
                    GapKind.OUT_OF_REACH_OF_EVIDENCE_LEADERSHIP, 3, Subject.of(organisation), reason, List.of()));
        }
    }

    // ---- 2. champions ---------------------------------------------------------------------

    /** The graph for centrality: people, organisations and interventions, undirected, parallel edges once. */
    Graph<String, DefaultEdge> centralityGraph() {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        Set<NodeType> kinds = Set.of(NodeType.PERSON, NodeType.ORGANISATION, NodeType.INTERVENTION);
        nodes.values().stream().filter(n -> kinds.contains(n.type())).forEach(n -> graph.addVertex(n.id()));
        out.values()
                .forEach(bySource -> bySource.forEach((from, targets) -> {
                    for (String to : targets) {
                        if (!from.equals(to) && graph.containsVertex(from) && graph.containsVertex(to)) {
                            graph.addEdge(from, to);
                        }
                    }
                }));
        return graph;
    }

    /** Brandes betweenness of every vertex, normalised by 2/((n-1)(n-2)) as NetworkX and igraph do. */
    static Map<String, Double> betweenness(Graph<String, DefaultEdge> graph) {
        List<String> vertices = new ArrayList<>(graph.vertexSet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        int[][] adjacency = new int[vertices.size()][];
        for (int i = 0; i < vertices.size(); i++) {
            String v = vertices.get(i);
            adjacency[i] = graph.edgesOf(v).stream()
                    .mapToInt(e -> index.get(
                            Objects.equals(graph.getEdgeSource(e), v)
                                    ? graph.getEdgeTarget(e)
                                    : graph.getEdgeSource(e)))
                    .toArray();
        }
        double[] scores = Brandes.betweenness(adjacency);
        Map<String, Double> byVertex = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            byVertex.put(vertices.get(i), scores[i]);
        }
        return byVertex;
    }

    /** JGraphT's implementation of the same measure, kept as the reference the tests compare with. */
    static Map<String, Double> betweennessByJGraphT(Graph<String, DefaultEdge> graph) {
        int n = graph.vertexSet().size();
        Map<String, Double> raw = new BetweennessCentrality<>(graph, false).getScores();
        double scale = n > 2 ? 2.0 / ((double) (n - 1) * (n - 2)) : 0;
        Map<String, Double> normalised = new HashMap<>();
        raw.forEach((v, score) -> normalised.put(v, score * scale));
        return normalised;
    }

    public ChampionReport champions() {
        Graph<String, DefaultEdge> graph = centralityGraph();
        Map<String, Double> betweenness = betweenness(graph);
        List<MapNode> people = all(NodeType.PERSON);
        List<Double> scores = people.stream()
                .map(p -> betweenness.getOrDefault(p.id(), 0.0))
                .sorted()
                .toList();
        double topQuartile = scores.isEmpty() ? 0 : scores.get((int) Math.floor(0.75 * (scores.size() - 1)));

        List<PersonCentrality> ranked = new ArrayList<>();
        for (MapNode person : people) {
            double score = betweenness.getOrDefault(person.id(), 0.0);
            Set<String> organisations = new HashSet<>();
            out(RelationshipType.WORKS_FOR, person.id()).forEach(o -> organisations.add(o.id()));
            collaborators(person)
                    .forEach(c -> out(RelationshipType.WORKS_FOR, c.id()).forEach(o -> organisations.add(o.id())));
            List<Subject> championed = new ArrayList<>();
            out(RelationshipType.CHAMPIONS, person.id()).forEach(n -> championed.add(Subject.of(n)));
            out(RelationshipType.LEADS, person.id()).forEach(n -> championed.add(Subject.of(n)));
            boolean highBrokerage = score > 0 && (score >= topQuartile || organisations.size() >= 3);
            ranked.add(new PersonCentrality(
                    new PersonRef(person.id(), person.name(), person.text("role")),
                    score,
                    organisations.size(),
                    championed.stream().distinct().toList(),
                    highBrokerage && championed.isEmpty()));
        }
        ranked.sort(Comparator.comparingDouble(PersonCentrality::betweenness)
                .reversed()
                .thenComparing(p -> p.person().name(), String.CASE_INSENSITIVE_ORDER));

        List<SinglePointOfFailure> failures = new ArrayList<>();
        for (MapNode intervention : all(NodeType.INTERVENTION)) {
            Set<String> champions = championsOf(intervention);
            if (stage(intervention) != ImplementationStage.STOPPED && champions.size() == 1) {
                MapNode only = nodes.get(champions.iterator().next());
                failures.add(new SinglePointOfFailure(
                        SinglePointOfFailure.Kind.ONLY_CHAMPION,
                        Subject.of(intervention),
                        new PersonRef(only.id(), only.name(), only.text("role")),
                        "'" + intervention.name() + "' has one champion: " + only.name()));
            }
        }
        Set<String> cutPoints = new BiconnectivityInspector<>(graph).getCutpoints();
        for (MapNode person : people) {
            if (cutPoints.contains(person.id())) {
                List<String> cutOff = cutOffBy(graph, person.id());
                failures.add(new SinglePointOfFailure(
                        SinglePointOfFailure.Kind.CUT_POINT,
                        Subject.of(person),
                        new PersonRef(person.id(), person.name(), person.text("role")),
                        "Without " + person.name() + ", "
                                + (cutOff.size() == 1
                                        ? "'" + cutOff.getFirst() + "' is"
                                        : cutOff.size() + " nodes ("
                                                + String.join(", ", cutOff.subList(0, Math.min(4, cutOff.size())))
                                                + (cutOff.size() > 4 ? ", …" : "") + ") are")
                                + " cut off from the rest of the network"));
            }
        }
        return new ChampionReport(ranked, failures);
    }

    private List<MapNode> collaborators(MapNode person) {
        List<MapNode> result = new ArrayList<>(out(RelationshipType.COLLABORATES_WITH, person.id()));
        result.addAll(in(RelationshipType.COLLABORATES_WITH, person.id()));
        return result;
    }

    /** The names of the nodes outside the largest component left when {@code removed} is taken out. */
    private List<String> cutOffBy(Graph<String, DefaultEdge> graph, String removed) {
        Set<String> seen = new HashSet<>(Set.of(removed));
        List<List<String>> components = new ArrayList<>();
        for (String start : graph.vertexSet()) {
            if (seen.contains(start)) {
                continue;
            }
            List<String> component = new ArrayList<>();
            Deque<String> queue = new ArrayDeque<>(List.of(start));
            seen.add(start);
            while (!queue.isEmpty()) {
                String v = queue.poll();
                component.add(v);
                for (DefaultEdge e : graph.edgesOf(v)) {
                    String w =
                            Objects.equals(graph.getEdgeSource(e), v) ? graph.getEdgeTarget(e) : graph.getEdgeSource(e);
                    if (seen.add(w)) {
                        queue.add(w);
                    }
                }
            }
            components.add(component);
        }
        components.sort(Comparator.comparingInt(List<String>::size).reversed());
        return components.stream()
                .skip(1)
                .flatMap(List::stream)
                .map(id -> nodes.get(id).name())
                .sorted()
                .toList();
    }

    // ---- 3. blocked implementation paths --------------------------------------------------

    /** Enablers of this area suggested per blocking category: the strongest that mitigate a barrier of it. */
    static final int LOCAL_PER_CATEGORY = 5;

    /** The open, unmitigated barriers that block a node, as blockers at that node (built once per node). */
    private final Map<String, List<Blocker>> blockersAt = new HashMap<>();
    /** Suggestions of the enablers that SUPPORT a node (built once per node). */
    private final Map<String, List<Suggestion>> supportOf = new HashMap<>();
    /** Per category, the strongest enablers here that mitigate a barrier of it (one suggestion per enabler). */
    private Map<String, List<Suggestion>> mitigationsByCategory;

    private List<Blocker> blockersAt(MapNode node) {
        if (node == null) {
            return List.of();
        }
        return blockersAt.computeIfAbsent(node.id(), id -> {
            Subject at = Subject.of(node);
            return in(RelationshipType.BLOCKS, id).stream()
                    .filter(this::unmitigatedOpen)
                    .map(barrier -> new Blocker(
                            Subject.of(barrier), at, barrier.text("category"), intProperty(barrier, "severity", 3)))
                    .toList();
        });
    }

    /** Blocked paths with suggestions from this area; other areas' suggestions are added by the service. */
    public List<BlockedPath> blockedPaths() {
        List<BlockedPath> paths = new ArrayList<>();
        for (MapNode intervention : all(NodeType.INTERVENTION)) {
            List<MapNode> commissioners = orNull(in(RelationshipType.COMMISSIONS, intervention.id()));
            List<MapNode> deliverers = orNull(in(RelationshipType.DELIVERS, intervention.id()));
            List<MapNode> needs = orNull(out(RelationshipType.ADDRESSES, intervention.id()));
            for (MapNode commissioner : commissioners) {
                for (MapNode deliverer : deliverers) {
                    for (MapNode need : needs) {
                        List<MapNode> path = new ArrayList<>(4);
                        for (MapNode node : java.util.Arrays.asList(commissioner, intervention, deliverer, need)) {
                            if (node != null && !path.contains(node)) {
                                path.add(node);
                            }
                        }
                        List<Blocker> blockers = new ArrayList<>();
                        for (MapNode at : path) {
                            blockers.addAll(blockersAt(at));
                        }
                        if (!blockers.isEmpty()) {
                            paths.add(new BlockedPath(
                                    Subject.of(commissioner),
                                    Subject.of(intervention),
                                    Subject.of(deliverer),
                                    Subject.of(need),
                                    blockers,
                                    localSuggestions(blockers, path)));
                        }
                    }
                }
            }
        }
        paths.sort(Comparator.comparingInt((BlockedPath p) ->
                        p.blockers().stream().mapToInt(Blocker::severity).max().orElse(0))
                .reversed()
                .thenComparing(p -> p.intervention().name(), String.CASE_INSENSITIVE_ORDER));
        return paths;
    }

    private static List<MapNode> orNull(List<MapNode> list) {
        if (list.isEmpty()) {
            List<MapNode> single = new ArrayList<>();
            single.add(null);
            return single;
        }
        return list;
    }

    private Map<String, List<Suggestion>> mitigationsByCategory() {
        if (mitigationsByCategory == null) {
            Map<String, List<MapNode[]>> found = new HashMap<>();
            for (MapNode enabler : all(NodeType.ENABLER)) {
                for (MapNode barrier : out(RelationshipType.MITIGATES, enabler.id())) {
                    found.computeIfAbsent(barrier.text("category"), c -> new ArrayList<>())
                            .add(new MapNode[] {enabler, barrier});
                }
            }
            mitigationsByCategory = new HashMap<>();
            found.forEach((category, pairs) -> {
                pairs.sort(Comparator.comparingInt((MapNode[] pair) -> intProperty(pair[0], "strength", 0))
                        .reversed()
                        .thenComparing(pair -> pair[0].name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(pair -> pair[1].name(), String.CASE_INSENSITIVE_ORDER));
                Set<String> enablers = new HashSet<>();
                List<Suggestion> best = new ArrayList<>();
                for (MapNode[] pair : pairs) {
                    if (enablers.add(pair[0].id()) && best.size() < LOCAL_PER_CATEGORY) {
                        best.add(Suggestion.here(
                                Subject.of(pair[0]),
                                "'" + pair[0].name() + "' mitigates a " + category + " barrier here ('" + pair[1].name()
                                        + "')"));
                    }
                }
                mitigationsByCategory.put(category, best);
            });
        }
        return mitigationsByCategory;
    }

    private List<Suggestion> supportOf(MapNode node) {
        return supportOf.computeIfAbsent(
                node.id(),
                id -> in(RelationshipType.SUPPORTS, id).stream()
                        .map(enabler -> Suggestion.here(
                                Subject.of(enabler),
                                "'" + enabler.name() + "' already supports '" + node.name() + "' on this path"))
                        .toList());
    }

    /**
     * Every enabler that SUPPORTS a node of the path, then per blocking category the
     * {@value #LOCAL_PER_CATEGORY} strongest enablers here that mitigate another barrier of it
     * (a mitigated barrier never blocks, so these are never the path's own barriers).
     */
    private List<Suggestion> localSuggestions(List<Blocker> blockers, List<MapNode> path) {
        Map<String, Suggestion> suggestions = new LinkedHashMap<>();
        for (MapNode node : path) {
            for (Suggestion suggestion : supportOf(node)) {
                suggestions.putIfAbsent(suggestion.subject().id(), suggestion);
            }
        }
        Set<String> categories = new LinkedHashSet<>();
        blockers.forEach(b -> categories.add(b.category()));
        for (String category : categories) {
            for (Suggestion mitigation : mitigationsByCategory().getOrDefault(category, List.of())) {
                suggestions.putIfAbsent(mitigation.subject().id(), mitigation);
            }
        }
        return List.copyOf(suggestions.values());
    }

    /** The categories of the barriers that block paths, for finding help in other areas. */
    static Set<String> blockingCategories(List<BlockedPath> paths) {
        return paths.stream()
                .flatMap(p -> p.blockers().stream())
                .map(Blocker::category)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}

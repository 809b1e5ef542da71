package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.PersonRole;

/**
 * The second question: how much of the system runs through each person (betweenness,
 * organisations bridged, what they champion), potential champions and single points of
 * failure, as docs/analyses.md defines them.
 */
final class Champions {

    private final AreaIndex index;
    private final ChampionsGraph graph;
    private Map<String, Integer> namesakes;

    /**
     * @param index the indexed map
     * @param graph its champions graph ({@link ChampionsGraph#of(AreaIndex)}), whose sweep gives the betweenness
     */
    Champions(AreaIndex index, ChampionsGraph graph) {
        this.index = index;
        this.graph = graph;
    }

    /** People by betweenness (descending, then name) and the single points of failure. */
    ChampionReport report() {
        double[] betweenness = graph.sweep().betweenness();
        List<MapNode> people = index.all(NodeType.PERSON);
        List<Double> scores = people.stream()
                .map(p -> betweenness[graph.place(p.id())])
                .sorted()
                .toList();
        double topQuartile = scores.isEmpty() ? 0 : scores.get((int) Math.floor(0.75 * (scores.size() - 1)));

        List<PersonCentrality> ranked = new ArrayList<>();
        for (MapNode person : people) {
            double score = betweenness[graph.place(person.id())];
            Set<String> organisations = new HashSet<>();
            index.out(RelationshipType.WORKS_FOR, person.id()).forEach(o -> organisations.add(o.id()));
            collaborators(person)
                    .forEach(
                            c -> index.out(RelationshipType.WORKS_FOR, c.id()).forEach(o -> organisations.add(o.id())));
            List<Subject> championed = new ArrayList<>();
            index.out(RelationshipType.CHAMPIONS, person.id()).forEach(n -> championed.add(Subject.of(n)));
            index.out(RelationshipType.LEADS, person.id()).forEach(n -> championed.add(Subject.of(n)));
            boolean highBrokerage = score > 0 && (score >= topQuartile || organisations.size() >= 3);
            ranked.add(new PersonCentrality(
                    ref(person),
                    score,
                    organisations.size(),
                    championed.stream().distinct().toList(),
                    highBrokerage && championed.isEmpty()));
        }
        ranked.sort(Comparator.comparingDouble(PersonCentrality::betweenness)
                .reversed()
                .thenComparing(p -> p.person().name(), String.CASE_INSENSITIVE_ORDER));
        return new ChampionReport(ranked, singlePointsOfFailure());
    }

    /**
     * The best rank (1 = highest betweenness) of a local evidence leader among the people as {@link #report}
     * ranks them, from the sweep alone (the comparison's figure, without the rest of the report).
     *
     * @return the rank, or null when the map has no local evidence leader
     */
    Integer evidenceLeaderRank() {
        double[] betweenness = graph.sweep().betweenness();
        List<MapNode> people = new ArrayList<>(index.all(NodeType.PERSON));
        // the order of report(): betweenness descending, then name; a stable sort of the index's order
        people.sort(Comparator.comparingDouble((MapNode p) -> betweenness[graph.place(p.id())])
                .reversed()
                .thenComparing(MapNode::name, String.CASE_INSENSITIVE_ORDER));
        for (int i = 0; i < people.size(); i++) {
            if (AreaIndex.localEvidenceLeader(people.get(i).text("role"))) {
                return i + 1;
            }
        }
        return null;
    }

    /** The best rank (1 = highest betweenness) of a local evidence leader among the ranked people, null if none. */
    static Integer evidenceLeaderRank(ChampionReport report) {
        List<PersonCentrality> people = report.people();
        for (int i = 0; i < people.size(); i++) {
            if (AreaIndex.localEvidenceLeader(people.get(i).person().role())) {
                return i + 1;
            }
        }
        return null;
    }

    private static PersonRef ref(MapNode person) {
        return new PersonRef(person.id(), person.name(), person.text("role"));
    }

    private List<SinglePointOfFailure> singlePointsOfFailure() {
        List<SinglePointOfFailure> failures = new ArrayList<>();
        for (MapNode intervention : index.all(NodeType.INTERVENTION)) {
            Set<String> champions = index.championsOf(intervention);
            if (!AreaIndex.stopped(intervention) && champions.size() == 1) {
                MapNode only = index.node(champions.iterator().next());
                failures.add(new SinglePointOfFailure(
                        SinglePointOfFailure.Kind.ONLY_CHAMPION,
                        Subject.of(intervention),
                        ref(only),
                        "'" + intervention.name() + "' has one champion: " + whoIs(only)));
            }
        }
        // Removing a cut point splits its own connected part: every piece but the largest is cut off
        // (ties: the piece holding the name that sorts first is the rest of the network).
        for (ChampionsGraph.CutPoint cut : graph.cutPoints(v -> graph.vertex(v).type() == NodeType.PERSON)) {
            MapNode person = graph.vertex(cut.vertex());
            List<String> names = cut.firstNames();
            failures.add(new SinglePointOfFailure(
                    SinglePointOfFailure.Kind.CUT_POINT,
                    Subject.of(person),
                    ref(person),
                    "Without " + person.name() + ", "
                            + (cut.cutOff() == 1
                                    ? names.getFirst() + " is"
                                    : cut.cutOff() + " nodes (" + String.join(", ", names)
                                            + (cut.cutOff() > names.size() ? ", …" : "") + ") are")
                            + " cut off from the rest of the network"));
        }
        return failures;
    }

    /**
     * A person's name, and where another person of the area has the same name, what tells them
     * apart: their role and the organisations they work for, e.g. "Sam Patel (practitioner, North
     * Council)".
     */
    private String whoIs(MapNode person) {
        if (namesakes == null) {
            // how many people bear each name, compared as equalsIgnoreCase compares, white space stripped
            namesakes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            index.all(NodeType.PERSON).forEach(p -> namesakes.merge(p.name().strip(), 1, Integer::sum));
        }
        boolean shared = namesakes.getOrDefault(person.name().strip(), 0) > 1;
        if (!shared) {
            return person.name();
        }
        List<String> apart = new ArrayList<>();
        Coded.byCode(PersonRole.class, person.text("role"))
                .ifPresent(role -> apart.add(role.label().toLowerCase(Locale.UK)));
        index.out(RelationshipType.WORKS_FOR, person.id()).stream()
                .map(MapNode::name)
                .sorted()
                .forEach(apart::add);
        return apart.isEmpty() ? person.name() : person.name() + " (" + String.join(", ", apart) + ")";
    }

    private List<MapNode> collaborators(MapNode person) {
        List<MapNode> result = new ArrayList<>(index.out(RelationshipType.COLLABORATES_WITH, person.id()));
        result.addAll(index.in(RelationshipType.COLLABORATES_WITH, person.id()));
        return result;
    }
}

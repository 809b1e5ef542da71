package uk.evidencemap.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/**
 * The first question: the six kinds of gap of docs/domain.md ({@link GapKind}), each with its
 * severity and reason, as docs/analyses.md decides what the definitions leave open.
 */
final class Gaps {

    /** A path reaches an evidence leader within this many relationships. */
    static final int LEADERSHIP_REACH = 3;

    private final AreaIndex index;

    Gaps(AreaIndex index) {
        this.index = index;
    }

    /** How many unmet-need gaps {@link #find} gives, without finding the other kinds (the comparison's figure). */
    int unmetNeedCount() {
        List<Gap> gaps = new ArrayList<>();
        unmetNeeds(gaps);
        return gaps.size();
    }

    /** Every gap, most severe first, then by kind and subject name. */
    List<Gap> find() {
        List<Gap> gaps = new ArrayList<>();
        unmetNeeds(gaps);
        weakEvidenceDelivery(gaps);
        for (MapNode intervention : index.all(NodeType.INTERVENTION)) {
            if (AreaIndex.stopped(intervention)) {
                continue;
            }
            int severity = AreaIndex.inDelivery(intervention) ? 3 : 2;
            if (index.championsOf(intervention).isEmpty()) {
                gaps.add(new Gap(
                        GapKind.UNCHAMPIONED_INTERVENTION,
                        severity,
                        Subject.of(intervention),
                        "Intervention '" + intervention.name() + "' (" + stageText(intervention)
                                + ") has no one who champions or leads it",
                        List.of()));
            }
            if (index.in(RelationshipType.COMMISSIONS, intervention.id()).isEmpty()) {
                gaps.add(new Gap(
                        GapKind.UNCOMMISSIONED_INTERVENTION,
                        severity,
                        Subject.of(intervention),
                        "Intervention '" + intervention.name() + "' (" + stageText(intervention)
                                + ") is not commissioned by any organisation",
                        List.of()));
            }
        }
        unmitigatedBarriers(gaps);
        outOfReach(gaps);
        gaps.sort(Comparator.comparingInt(Gap::severity)
                .reversed()
                .thenComparing(Gap::kind)
                .thenComparing(g -> g.subject().name(), String.CASE_INSENSITIVE_ORDER));
        return gaps;
    }

    private static String stageText(MapNode intervention) {
        return AreaIndex.stage(intervention).label().toLowerCase();
    }

    /** A programme with its rating, as reasons name it: 'Name' (rated 3+, illustrative). */
    private static String rated(MapNode programme) {
        return "'" + programme.name() + "' (rated "
                + AreaIndex.rating(programme).code()
                + (Boolean.TRUE.equals(programme.property("illustrative")) ? ", illustrative" : "") + ")";
    }

    private static int priority(MapNode need) {
        return AreaIndex.intProperty(need, "priority", 3);
    }

    private void unmetNeeds(List<Gap> gaps) {
        for (MapNode need : index.all(NodeType.NEED)) {
            List<MapNode> addressing = index.in(RelationshipType.ADDRESSES, need.id());
            boolean met = addressing.stream().anyMatch(i -> AreaIndex.inDelivery(i) && index.hasStrongEvidence(i));
            if (met) {
                continue;
            }
            List<MapNode> strongProgrammes = index.in(RelationshipType.TARGETS, need.id()).stream()
                    .filter(index::strong)
                    .sorted(Comparator.comparing(AreaIndex::rating).thenComparing(MapNode::name))
                    .toList();
            StringBuilder reason = new StringBuilder(
                    "Need '" + need.name() + "' has no intervention in delivery with strong evidence");
            if (addressing.isEmpty()) {
                reason.append("; nothing addresses it");
            } else {
                reason.append("; it is addressed by ")
                        .append(addressing.stream()
                                .map(i -> "'" + i.name() + "' ("
                                        + stageText(i)
                                        + (index.hasStrongEvidence(i) ? "" : ", without strong evidence") + ")")
                                .collect(Collectors.joining(", ")));
            }
            if (!strongProgrammes.isEmpty()) {
                reason.append("; ")
                        .append(strongProgrammes.stream().map(Gaps::rated).collect(Collectors.joining(", ")))
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
        for (MapNode intervention : index.all(NodeType.INTERVENTION)) {
            if (!AreaIndex.inDelivery(intervention) || index.hasStrongEvidence(intervention)) {
                continue;
            }
            List<MapNode> implemented = index.out(RelationshipType.IMPLEMENTS, intervention.id());
            Map<MapNode, List<MapNode>> alternativesByNeed = new LinkedHashMap<>();
            for (MapNode need : index.out(RelationshipType.ADDRESSES, intervention.id())) {
                List<MapNode> alternatives = index.in(RelationshipType.TARGETS, need.id()).stream()
                        .filter(index::strong)
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
                    : "implements " + implemented.stream().map(Gaps::rated).collect(Collectors.joining(", "));
            String reason = "'" + intervention.name() + "' is in delivery without strong evidence (" + evidence + "); "
                    + alternativesByNeed.entrySet().stream()
                            .map(e -> "for '" + e.getKey().name() + "', "
                                    + e.getValue().stream().map(Gaps::rated).collect(Collectors.joining(", "))
                                    + (e.getValue().size() == 1 ? " targets" : " target") + " the same need")
                            .collect(Collectors.joining("; "));
            int severity = alternativesByNeed.keySet().stream()
                                    .mapToInt(Gaps::priority)
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

    private void unmitigatedBarriers(List<Gap> gaps) {
        for (MapNode barrier : index.all(NodeType.BARRIER)) {
            if (index.unmitigatedOpen(barrier)) {
                List<String> blocked = index.out(RelationshipType.BLOCKS, barrier.id()).stream()
                        .map(n -> "'" + n.name() + "'")
                        .toList();
                gaps.add(new Gap(
                        GapKind.UNMITIGATED_BARRIER,
                        AreaIndex.intProperty(barrier, "severity", 3),
                        Subject.of(barrier),
                        "Open barrier '" + barrier.name() + "' (" + AreaIndex.categoryLabel(barrier.text("category"))
                                + ") has no enabler that"
                                + " mitigates it"
                                + (blocked.isEmpty() ? "" : "; it blocks " + String.join(", ", blocked)),
                        List.of()));
            }
        }
    }

    private void outOfReach(List<Gap> gaps) {
        List<MapNode> leaders = index.all(NodeType.PERSON).stream()
                .filter(p -> AreaIndex.localEvidenceLeader(p.text("role")))
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
            for (String next : index.neighbours(id)) {
                if (!distance.containsKey(next)) {
                    distance.put(next, d + 1);
                    queue.add(next);
                }
            }
        }
        for (MapNode organisation : index.all(NodeType.ORGANISATION)) {
            List<MapNode> commissioned = index.out(RelationshipType.COMMISSIONS, organisation.id());
            List<MapNode> delivered = index.out(RelationshipType.DELIVERS, organisation.id());
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
}

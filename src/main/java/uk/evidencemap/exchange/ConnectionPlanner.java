package uk.evidencemap.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.map.GraphDraft;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.ModelCheck;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.PropertySpec;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.Polarity;

/**
 * The connections of a file made into the model's relationships (decision 018): a type word that
 * names a relationship type is used where it fits the two ends; otherwise the only type the model
 * allows between them, or else an influence where allowed; anything else is skipped with its reason,
 * as are connections to elements not in the file or skipped, connections of an element to itself,
 * repeats (the same connection again, an undirected pair named both ways), and connections between
 * two nodes already there that the map joins so already.
 */
final class ConnectionPlanner {

    private final Map<String, GraphDraft.Node> byFileKey;
    private final Map<String, GraphDraft.Node> byLabel;
    private final Map<String, String> rowOfNode;
    private final List<ImportReport.Skipped> skipped;
    private final List<GraphDraft.Link> links = new ArrayList<>();
    private final Map<String, String> seen = new HashMap<>();
    private final Set<String> onTheMap = new HashSet<>();
    private int turned;
    private String turnedExample;

    ConnectionPlanner(
            Map<String, GraphDraft.Node> byFileKey,
            Map<String, GraphDraft.Node> byLabel,
            Map<String, String> rowOfNode,
            List<MapRelationship> existing,
            List<ImportReport.Skipped> skipped) {
        this.byFileKey = byFileKey;
        this.byLabel = byLabel;
        this.rowOfNode = rowOfNode;
        this.skipped = skipped;
        existing.forEach(r -> {
            onTheMap.add(r.type() + " " + r.from() + " " + r.to());
            if (r.type().undirected()) {
                onTheMap.add(r.type() + " " + r.to() + " " + r.from());
            }
        });
    }

    List<GraphDraft.Link> links() {
        return links;
    }

    /** What the report says of connections turned round to fit the model, or null when none were. */
    String turnedRound() {
        return turned == 0
                ? null
                : turned + (turned == 1 ? " connection was" : " connections were")
                        + " turned round to fit the model (e.g. " + turnedExample + ")";
    }

    void connection(ExchangeGraph.Connection c) {
        GraphDraft.Node from = end(c, c.from(), "From");
        GraphDraft.Node to = end(c, c.to(), "To");
        if (from == null || to == null) {
            return;
        }
        if (from.key().equals(to.key())) {
            skip(c, "joins '" + from.name() + "' to itself");
            return;
        }
        Optional<Polarity> polarity = TypeWords.polarity(c.polarity());
        if (polarity.isEmpty() && c.polarity() == null) {
            polarity = TypeWords.polarity(c.type());
        }
        Optional<RelationshipType> named = TypeWords.relationshipType(c.type());
        RelationshipType type;
        if (named.isPresent()) {
            type = named.get();
            if (!type.fits(from.type(), to.type())) {
                if (type.fits(to.type(), from.type()) && (!c.directed() || type.undirected())) {
                    GraphDraft.Node swap = from;
                    from = to;
                    to = swap;
                } else {
                    skip(
                            c,
                            type.rule() + ", not from " + from.type().withArticle() + " to "
                                    + to.type().withArticle());
                    return;
                }
            }
        } else {
            List<RelationshipType> allowed = RelationshipType.between(from.type(), to.type());
            if (allowed.isEmpty()) {
                // the model's relationships run one way (a person works for an organisation): a
                // connection drawn the other way round is turned round, and the report says so
                List<RelationshipType> back = RelationshipType.between(to.type(), from.type());
                if (!back.isEmpty()) {
                    GraphDraft.Node swap = from;
                    from = to;
                    to = swap;
                    allowed = back;
                    if (c.directed()) {
                        turned++;
                        if (turnedExample == null) {
                            turnedExample = "'" + to.name() + "' → '" + from.name() + "' became '" + from.name() + "' "
                                    + back.getFirst().verb() + " '" + to.name() + "'";
                        }
                    }
                }
            }
            if (allowed.size() == 1) {
                type = allowed.getFirst();
            } else if (allowed.contains(RelationshipType.INFLUENCES)) {
                type = RelationshipType.INFLUENCES;
            } else if (allowed.isEmpty()) {
                skip(
                        c,
                        "the model has no relationship from " + from.type().withArticle() + " ('" + from.name()
                                + "') to " + to.type().withArticle() + " ('" + to.name() + "')");
                return;
            } else {
                skip(
                        c,
                        "several relationships fit ("
                                + allowed.stream().map(Enum::name).collect(Collectors.joining(", "))
                                + "): name one in the connection's type");
                return;
            }
        }
        if (from.existingId() != null
                && to.existingId() != null
                && onTheMap.contains(type + " " + from.existingId() + " " + to.existingId())) {
            skip(c, "'" + from.name() + "' " + type.verb() + " '" + to.name() + "' is on the map already");
            return;
        }
        String pair = type + " " + from.key() + " " + to.key();
        String earlier = seen.get(pair);
        if (earlier == null && type.undirected()) {
            earlier = seen.get(type + " " + to.key() + " " + from.key());
            if (earlier != null) {
                skip(
                        c,
                        "names the pair of " + earlier + " the other way round ('" + from.name() + "' " + type.verb()
                                + " '" + to.name() + "')");
                return;
            }
        }
        if (earlier != null) {
            skip(c, "repeats " + earlier + " ('" + from.name() + "' " + type.verb() + " '" + to.name() + "')");
            return;
        }
        seen.put(pair, c.row());
        links.add(new GraphDraft.Link(type, from.key(), to.key(), properties(type, c, polarity)));
    }

    /** The element a connection's end names, or null (reported) when there is none. */
    private GraphDraft.Node end(ExchangeGraph.Connection c, String ref, String column) {
        if (ref == null || ref.isBlank()) {
            skip(c, "'" + column + "' is empty");
            return null;
        }
        GraphDraft.Node node = c.byLabel()
                ? byLabel.getOrDefault(ref.strip().toLowerCase(Locale.ROOT), byFileKey.get(ref))
                : byFileKey.getOrDefault(ref, byLabel.get(ref.strip().toLowerCase(Locale.ROOT)));
        if (node == null) {
            skip(
                    c,
                    "'" + column + "' names '" + ref + "', which is not an element"
                            + (c.byLabel() ? "" : " of the file") + " that was imported");
        }
        return node;
    }

    private void skip(ExchangeGraph.Connection c, String reason) {
        skipped.add(new ImportReport.Skipped(c.row(), reason));
    }

    private static Map<String, Object> properties(
            RelationshipType type, ExchangeGraph.Connection c, Optional<Polarity> polarity) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (c.description() != null && !c.description().isBlank()) {
            properties.put("note", c.description());
        }
        if (type == RelationshipType.INFLUENCES) {
            properties.put("polarity", polarity.orElse(Polarity.UNKNOWN).code());
        } else if (c.polarity() != null && !c.polarity().isBlank()) {
            properties.put(ImportPlanner.customKey("Polarity"), c.polarity());
        }
        if (!c.tags().isEmpty()) {
            properties.put(ImportPlanner.customKey("Tags"), c.tags());
        }
        c.fields().forEach((field, value) -> {
            if (value == null || (value instanceof String s && s.isBlank())) {
                return;
            }
            Optional<PropertySpec> spec = type.properties().stream()
                    .filter(p -> TypeWords.squash(p.key()).equals(TypeWords.squash(field))
                            || TypeWords.squash(p.label()).equals(TypeWords.squash(field)))
                    .findFirst();
            if (spec.isPresent() && !properties.containsKey(spec.get().key()) && fits(spec.get(), value)) {
                properties.put(spec.get().key(), ImportPlanner.fitted(spec.get(), value));
            } else if (!"polarity".equals(spec.map(PropertySpec::key).orElse(""))) {
                properties.put(ImportPlanner.customKey(field), value);
            }
        });
        return properties;
    }

    /** Whether a value can go into a relationship's own property without being refused. */
    private static boolean fits(PropertySpec spec, Object value) {
        try {
            ModelCheck.relationship(RelationshipType.INFLUENCES, Map.of(spec.key(), ImportPlanner.fitted(spec, value)));
            return true;
        } catch (ValidationException e) {
            return spec.key().equals("note");
        }
    }

    static NodeType typeOf(GraphDraft.Node node) {
        return node.type();
    }
}

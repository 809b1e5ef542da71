package uk.evidencemap.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.evidencemap.base.Text;
import uk.evidencemap.base.Violation;
import uk.evidencemap.map.GraphDraft;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.ModelCheck;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.PropertySpec;
import uk.evidencemap.taxonomy.Coded;

/**
 * Turns a file as read ({@link ExchangeGraph}) into what the map can take ({@link GraphDraft}) and
 * the report of what will happen, before anything is written: types mapped by name, required
 * fields filled with stated defaults, other fields kept as custom fields, every element and
 * connection that cannot be taken named with its reason. The rules are in decision 018 (docs/decisions/018-import-mapping.md).
 */
final class ImportPlanner {

    /** What the planner made of a file: the draft to write and the report to show. */
    record Plan(GraphDraft draft, ImportReport report, String strongEvidence) {}

    private final ImportOptions options;
    private final List<MapRelationship> onTheMap;
    private final Map<String, MapNode> existingByName = new HashMap<>();
    private final List<ImportReport.Skipped> skipped = new ArrayList<>();
    private final Map<String, String> mapped = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Integer> defaultsUsed = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<GraphDraft.Node> nodes = new ArrayList<>();
    private final Map<String, GraphDraft.Node> byFileKey = new HashMap<>();
    private final Map<String, GraphDraft.Node> byLabel = new HashMap<>();
    private final Map<String, GraphDraft.Node> byTypeAndLabel = new HashMap<>();
    private final Map<String, String> rowOfNode = new HashMap<>();
    private int matched;
    private int customFields;
    private int joinedLabels;
    private boolean ownIds;

    /**
     * @param existing the area's nodes and the whole catalogue of programmes: an element of the same
     *                 type and name (ignoring case) joins one of them instead of being created
     * @param onTheMap the area's relationships: a connection between two elements that joined nodes
     *                 already there is skipped when the same relationship is on the map already
     */
    ImportPlanner(ImportOptions options, List<MapNode> existing, List<MapRelationship> onTheMap) {
        this.options = options;
        this.onTheMap = onTheMap;
        existing.forEach(n -> existingByName.putIfAbsent(nameKey(n.type(), n.name()), n));
    }

    private static String nameKey(NodeType type, String name) {
        return type.name() + " " + name.toLowerCase(Locale.ROOT);
    }

    Plan plan(ExchangeGraph graph, String source) {
        warnings.addAll(graph.warnings());
        ownIds = graph.ownIds();
        graph.elements().forEach(this::element);
        ConnectionPlanner connections = new ConnectionPlanner(byFileKey, byLabel, rowOfNode, onTheMap, skipped);
        graph.connections().forEach(connections::connection);
        if (connections.turnedRound() != null) {
            warnings.add(connections.turnedRound());
        }
        defaultsUsed.forEach((what, count) -> warnings.add(count + " × " + what));
        if (joinedLabels > 0) {
            warnings.add(joinedLabels + " labels written over several lines were joined into one line");
        }
        if (customFields > 0) {
            warnings.add(customFields + " field values with no place in the model were kept as custom fields");
        }
        GraphDraft draft = new GraphDraft(source, nodes, connections.links());
        Map<String, Integer> nodeTypes = new TreeMap<>();
        nodes.stream()
                .filter(n -> n.existingId() == null)
                .forEach(n -> nodeTypes.merge(n.type().label(), 1, Integer::sum));
        Map<String, Integer> relationshipTypes = new TreeMap<>();
        connections.links().forEach(l -> relationshipTypes.merge(l.type().name(), 1, Integer::sum));
        int created = nodeTypes.values().stream().mapToInt(Integer::intValue).sum();
        ImportReport report = new ImportReport(
                new ImportReport.Created(created, connections.links().size(), nodeTypes, relationshipTypes),
                List.copyOf(skipped),
                Map.copyOf(new LinkedHashMap<>(mapped)),
                matched,
                ImportLoops.count(connections.links()),
                List.copyOf(warnings),
                true,
                null);
        Object strong = graph.area().get("strongEvidence");
        return new Plan(draft, report, strong == null ? null : String.valueOf(strong));
    }

    private void element(ExchangeGraph.Element e) {
        NodeType type = typeOf(e.type());
        List<Violation> nameProblems = new ArrayList<>();
        String label = e.label();
        if (label != null && label.matches("(?s).*[\\r\\n\\t].*")) {
            // tools that draw labels over several lines (PRSM) keep the breaks in the label
            label = label.replaceAll("\\s*[\\r\\n\\t]+\\s*", " ");
            joinedLabels++;
        }
        String name = Text.name("name", label, NodeType.NAME_MAX, nameProblems);
        if (!nameProblems.isEmpty()) {
            skipped.add(new ImportReport.Skipped(
                    e.row(), "name " + nameProblems.getFirst().message()));
            return;
        }
        String labelKey = name.toLowerCase(Locale.ROOT);
        GraphDraft.Node twin = byTypeAndLabel.get(nameKey(type, name));
        // another tool's file names one element twice; the product's own file may hold two nodes
        // of one type and name (the map allows them), told apart by their ids
        if (twin != null && (!ownIds || twin.existingId() != null)) {
            skipped.add(new ImportReport.Skipped(
                    e.row(),
                    "repeats '" + twin.name() + "' (" + rowOfNode.get(twin.key()) + "): taken as the same element"));
            byFileKey.putIfAbsent(e.key(), twin);
            return;
        }
        if (type == NodeType.PROGRAMME) {
            Optional<MapNode> programme = find(type, name);
            if (programme.isEmpty()) {
                skipped.add(new ImportReport.Skipped(
                        e.row(),
                        "Programme '" + name + "' is not in the catalogue; an administrator adds programmes"
                                + " (or map the type '" + e.type() + "' to another node type)"));
                return;
            }
        }
        Map<String, Object> properties = properties(type, e);
        GraphDraft.Node node = node(e, type, name, properties);
        if (node == null) {
            return;
        }
        nodes.add(node);
        rowOfNode.put(node.key(), e.row());
        byFileKey.putIfAbsent(e.key(), node);
        byLabel.putIfAbsent(labelKey, node);
        byTypeAndLabel.putIfAbsent(nameKey(type, name), node);
    }

    /** The draft node, standing for a node already there when one has the same type and name. */
    private GraphDraft.Node node(ExchangeGraph.Element e, NodeType type, String name, Map<String, Object> properties) {
        String key = "e" + nodes.size();
        Optional<MapNode> there = find(type, name);
        if (there.isPresent()) {
            matched++;
            return new GraphDraft.Node(
                    key, type, name, Map.of(), null, null, there.get().id());
        }
        List<Violation> problems = ModelCheck.violations(type, name, properties);
        for (Violation v : problems) {
            // a value the model refuses is kept, as text, as a custom field
            Object value = properties.remove(v.field());
            if (value != null && !v.field().startsWith(PropertySpec.FIELD_PREFIX)) {
                properties.put(
                        customKey(type.property(v.field())
                                .map(PropertySpec::label)
                                .orElse(v.field())),
                        String.valueOf(value));
            }
        }
        fillDefaults(type, properties);
        problems = ModelCheck.violations(type, name, properties);
        if (!problems.isEmpty()) {
            Violation first = problems.getFirst();
            skipped.add(new ImportReport.Skipped(e.row(), first.field() + ": " + first.message()));
            return null;
        }
        return new GraphDraft.Node(key, type, name, properties, e.x(), e.y(), null);
    }

    private Optional<MapNode> find(NodeType type, String name) {
        return Optional.ofNullable(existingByName.get(nameKey(type, name)));
    }

    private NodeType typeOf(String word) {
        String shown =
                word == null || word.isBlank() ? "(no type)" : word.strip().replaceAll("\\s+", " ");
        NodeType type = options.typeMapping().get(shown);
        if (type == null) {
            type = TypeWords.nodeType(word).orElse(options.defaultType());
        }
        mapped.putIfAbsent(shown, type.label());
        return type;
    }

    /** The element's fields as the type's properties where they fit, and custom fields otherwise. */
    private Map<String, Object> properties(NodeType type, ExchangeGraph.Element e) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (e.description() != null && !e.description().isBlank()) {
            properties.put("description", e.description());
        }
        if (!e.tags().isEmpty()) {
            List<String> tags = e.tags().stream()
                    .filter(t -> !t.isBlank())
                    .map(String::strip)
                    .distinct()
                    .toList();
            properties.put("tags", tags.subList(0, Math.min(tags.size(), PropertySpec.TAGS_MAX)));
            if (tags.size() > PropertySpec.TAGS_MAX) {
                properties.put(customKey("More tags"), tags.subList(PropertySpec.TAGS_MAX, tags.size()));
                customFields++;
            }
        }
        e.fields().forEach((field, value) -> {
            if (value == null || (value instanceof String s && s.isBlank())) {
                return;
            }
            Optional<PropertySpec> spec = own(type, field);
            if (spec.isPresent() && !properties.containsKey(spec.get().key())) {
                properties.put(spec.get().key(), fitted(spec.get(), value));
            } else if (PropertySpec.customField(field).isPresent() && !properties.containsKey(field)) {
                // a custom field already (the product's own files): kept under its name
                properties.put(field, value);
            } else {
                properties.put(customKey(field), value);
                customFields++;
            }
        });
        return properties;
    }

    /** The type's own property a file's field name stands for (by key or label, ignoring case). */
    static Optional<PropertySpec> own(NodeType type, String field) {
        if (field.startsWith(PropertySpec.FIELD_PREFIX)) {
            return Optional.empty();
        }
        String squashed = TypeWords.squash(field);
        return type.properties().stream()
                .filter(p -> TypeWords.squash(p.key()).equals(squashed)
                        || TypeWords.squash(p.label()).equals(squashed))
                .findFirst();
    }

    /**
     * A value as the property takes it: a code given by its label ("Local evidence leader") becomes
     * the code; a number or true/false read from a spreadsheet cell becomes text where the property
     * is text ("2024" as an outcome domain, a whole decimal written without ".0"); other values stay
     * as they are.
     */
    static Object fitted(PropertySpec spec, Object value) {
        boolean text = switch (spec.kind()) {
            case TEXT, LONG_TEXT, URL, EMAIL, ENUMERATION, CFIR_CONSTRUCT -> true;
            default -> false;
        };
        if (text && (value instanceof Number || value instanceof Boolean)) {
            value = value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                    ? String.valueOf(d.longValue())
                    : String.valueOf(value);
        }
        if (spec.kind() == PropertySpec.Kind.ENUMERATION && value instanceof String s) {
            for (Coded c : spec.codes().getEnumConstants()) {
                if (c.code().equalsIgnoreCase(s.strip())
                        || c.label().equalsIgnoreCase(s.strip())
                        || TypeWords.squash(c.code()).equals(TypeWords.squash(s))) {
                    return c.code();
                }
            }
        }
        return value;
    }

    /** The key of a custom field for a file's field name: the name cut to the longest a field may have. */
    static String customKey(String field) {
        if (PropertySpec.customField(field).isPresent()) {
            return field;
        }
        String name = Text.trim(field == null ? "" : field).replaceAll("\\p{Cntrl}", " ");
        if (name.isEmpty()) {
            name = "Field";
        }
        if (Text.length(name) > PropertySpec.FIELD_NAME_MAX) {
            name = name.codePoints()
                    .limit(PropertySpec.FIELD_NAME_MAX)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString()
                    .strip();
        }
        return PropertySpec.FIELD_PREFIX + name;
    }

    /** Fills what the model requires and the file did not give, counting each default for the report. */
    private void fillDefaults(NodeType type, Map<String, Object> properties) {
        for (PropertySpec spec : type.properties()) {
            if (!spec.required() || properties.containsKey(spec.key())) {
                continue;
            }
            Object value = Defaults.of(type, spec.key());
            if (value != null) {
                properties.put(spec.key(), value);
                String shown = String.valueOf(value);
                if (spec.kind() == PropertySpec.Kind.ENUMERATION) {
                    for (Coded c : spec.codes().getEnumConstants()) {
                        if (c.code().equals(shown)) {
                            shown = c.label();
                        }
                    }
                }
                defaultsUsed.merge(
                        type.label() + " without " + spec.label().toLowerCase(Locale.ROOT) + ": set to " + shown,
                        1,
                        Integer::sum);
            }
        }
    }
}

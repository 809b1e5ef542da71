package uk.evidencemap.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.evidencemap.base.Text;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;
import uk.evidencemap.taxonomy.BarrierStatus;
import uk.evidencemap.taxonomy.EvidenceRating;
import uk.evidencemap.taxonomy.Polarity;

/**
 * The model's rules for node names and properties: required fields, enumerations, ranges,
 * lengths and unknown keys; names and text properties follow {@link Text}, the rule for all text
 * people enter. Every violation is collected, so a form can show them all at once.
 */
final class NodeRules {

    /** Values a property takes when a new node does not give one. */
    private static final Map<NodeType, Map<String, Object>> DEFAULTS = Map.of(
            NodeType.BARRIER, Map.of("status", BarrierStatus.OPEN.code()),
            NodeType.PROGRAMME, Map.of("evidenceRating", EvidenceRating.UNRATED.code()));

    private NodeRules() {}

    static String checkName(String name, List<Violation> violations) {
        return Text.name("name", name, NodeType.NAME_MAX, violations);
    }

    /** Checks a new node and returns its name and properties as they will be stored. */
    static Checked checkNew(NodeType type, String name, Map<String, Object> properties) {
        List<Violation> violations = new ArrayList<>();
        String checkedName = checkName(name, violations);
        Map<String, Object> merged = new LinkedHashMap<>(DEFAULTS.getOrDefault(type, Map.of()));
        properties.forEach((key, value) -> {
            if (value != null) {
                merged.put(key, value);
            }
        });
        Map<String, Object> stored = checkProperties(type, merged, violations);
        throwIfAny(violations);
        return new Checked(checkedName, stored);
    }

    /**
     * Checks a change against a node's current properties and returns the full set of
     * properties after it (a null or blank value removes a key).
     */
    static Checked checkChange(MapNode current, NodeChange change) {
        List<Violation> violations = new ArrayList<>();
        String name = change.name() == null ? current.name() : checkName(change.name(), violations);
        Map<String, Object> merged = new LinkedHashMap<>(current.properties());
        change.properties().forEach((key, value) -> {
            if (value == null || (value instanceof String s && s.isBlank())) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        Map<String, Object> stored = checkProperties(current.type(), merged, violations);
        throwIfAny(violations);
        return new Checked(name, stored);
    }

    private static Map<String, Object> checkProperties(
            NodeType type, Map<String, Object> values, List<Violation> violations) {
        Map<String, Object> stored = new LinkedHashMap<>();
        for (var entry : values.entrySet()) {
            var spec = type.property(entry.getKey());
            if (spec.isEmpty()) {
                violations.add(new Violation(
                        entry.getKey(),
                        "is not a property of " + type.label()
                                + "; its properties are "
                                + type.properties().stream()
                                        .map(PropertySpec::key)
                                        .collect(Collectors.joining(", "))
                                + ", and custom fields named " + PropertySpec.FIELD_PREFIX + "<name>"));
                continue;
            }
            Object value = spec.get().normalise(entry.getValue(), violations);
            if (value != null) {
                stored.put(entry.getKey(), value);
            }
        }
        checkCustomCount(stored, violations);
        for (PropertySpec spec : type.properties()) {
            boolean alreadyReported =
                    violations.stream().anyMatch(v -> spec.key().equals(v.field()));
            if (spec.required() && !stored.containsKey(spec.key()) && !alreadyReported) {
                violations.add(new Violation(
                        spec.key(),
                        "is required for " + type.label()
                                + (spec.kind() == PropertySpec.Kind.ENUMERATION
                                        ? ": one of " + String.join(", ", spec.allowedCodes())
                                        : "")));
            }
        }
        return stored;
    }

    /**
     * Checks the properties of a new relationship of {@code type} and returns them as stored:
     * the type's own ({@link RelationshipType#properties()}), the note and custom fields; a
     * required enumeration left out takes its default (an influence's polarity: UNKNOWN).
     *
     * @throws ValidationException naming every unknown key and every value out of its rule
     */
    static Map<String, Object> checkRelationshipProperties(RelationshipType type, Map<String, Object> properties) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> merged = new LinkedHashMap<>(RELATIONSHIP_DEFAULTS.getOrDefault(type, Map.of()));
        properties.forEach((key, value) -> {
            if (value != null) {
                merged.put(key, value);
            }
        });
        Map<String, Object> stored = new LinkedHashMap<>();
        merged.forEach((key, value) -> {
            var spec = type.property(key);
            if (spec.isEmpty()) {
                violations.add(new Violation(
                        key,
                        "is not a property of " + type.name() + "; its properties are "
                                + type.properties().stream()
                                        .map(PropertySpec::key)
                                        .collect(Collectors.joining(", "))
                                + ", and custom fields named " + PropertySpec.FIELD_PREFIX + "<name>"));
            } else {
                Object checked = spec.get().normalise(value, violations);
                if (checked != null) {
                    stored.put(key, checked);
                }
            }
        });
        checkCustomCount(stored, violations);
        throwIfAny(violations);
        return stored;
    }

    /** Values a relationship's property takes when a new relationship does not give one. */
    private static final Map<RelationshipType, Map<String, Object>> RELATIONSHIP_DEFAULTS =
            Map.of(RelationshipType.INFLUENCES, Map.of("polarity", Polarity.UNKNOWN.code()));

    /** The most custom fields one node or relationship may carry. */
    static final int CUSTOM_FIELDS_MAX = 50;

    private static void checkCustomCount(Map<String, Object> stored, List<Violation> violations) {
        long custom = stored.keySet().stream()
                .filter(k -> k.startsWith(PropertySpec.FIELD_PREFIX))
                .count();
        if (custom > CUSTOM_FIELDS_MAX) {
            violations.add(new Violation(
                    PropertySpec.FIELD_PREFIX + "*",
                    "at most " + CUSTOM_FIELDS_MAX + " custom fields (got " + custom + ")"));
        }
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    record Checked(String name, Map<String, Object> properties) {}
}

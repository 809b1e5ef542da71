package uk.evidencemap.map;

import static uk.evidencemap.map.NodeType.BARRIER;
import static uk.evidencemap.map.NodeType.ENABLER;
import static uk.evidencemap.map.NodeType.EVIDENCE;
import static uk.evidencemap.map.NodeType.FACTOR;
import static uk.evidencemap.map.NodeType.INTERVENTION;
import static uk.evidencemap.map.NodeType.NEED;
import static uk.evidencemap.map.NodeType.ORGANISATION;
import static uk.evidencemap.map.NodeType.PERSON;
import static uk.evidencemap.map.NodeType.PROGRAMME;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.taxonomy.Polarity;

/**
 * The relationship types of a local evidence system and which node types each may join.
 * Undirected types (collaboration, partnership) are stored with a direction but read both ways.
 */
public enum RelationshipType {
    WORKS_FOR("works for", List.of(PERSON), List.of(ORGANISATION), false),
    COLLABORATES_WITH("collaborates with", List.of(PERSON), List.of(PERSON), true),
    PARTNERS_WITH("partners with", List.of(ORGANISATION), List.of(ORGANISATION), true),
    COMMISSIONS("commissions", List.of(ORGANISATION), List.of(INTERVENTION), false),
    DELIVERS("delivers", List.of(ORGANISATION), List.of(INTERVENTION), false),
    CHAMPIONS("champions", List.of(PERSON), List.of(INTERVENTION, PROGRAMME, EVIDENCE), false),
    LEADS("leads", List.of(PERSON), List.of(INTERVENTION), false),
    IMPLEMENTS("implements", List.of(INTERVENTION), List.of(PROGRAMME), false),
    ADDRESSES("addresses", List.of(INTERVENTION), List.of(NEED), false),
    TARGETS("targets", List.of(PROGRAMME), List.of(NEED), false),
    INFORMS("informs", List.of(EVIDENCE), List.of(PROGRAMME, INTERVENTION, NEED), false),
    BLOCKS("blocks", List.of(BARRIER), List.of(INTERVENTION, ORGANISATION, PERSON), false),
    MITIGATES("mitigates", List.of(ENABLER), List.of(BARRIER), false),
    SUPPORTS("supports", List.of(ENABLER), List.of(INTERVENTION, ORGANISATION), false),
    /**
     * A change in one tends to change the other (DOMAIN.md, "The wider context"), with a polarity
     * ({@link Polarity}, required, UNKNOWN when not given), whether it acts with a delay, and a
     * strength from 1 to 5.
     */
    INFLUENCES(
            "influences",
            List.of(FACTOR, NEED, BARRIER, ENABLER, INTERVENTION, ORGANISATION),
            List.of(FACTOR, NEED, BARRIER, ENABLER, INTERVENTION, ORGANISATION),
            false,
            PropertySpec.codes("polarity", "Polarity", Polarity.class, true),
            PropertySpec.bool("delay", "Acts with a delay"),
            PropertySpec.integer("strength", "Strength", 1, 5, false));

    /** Every relationship may carry a note, besides its type's own properties and custom fields. */
    static final PropertySpec NOTE = PropertySpec.longText("note", "Note");

    private final String verb;
    private final List<NodeType> from;
    private final List<NodeType> to;
    private final boolean undirected;
    private final List<PropertySpec> properties;

    RelationshipType(
            String verb, List<NodeType> from, List<NodeType> to, boolean undirected, PropertySpec... properties) {
        this.verb = verb;
        this.from = from;
        this.to = to;
        this.undirected = undirected;
        this.properties = List.of(properties);
    }

    /** The properties a relationship of this type may carry: its own, then the note. */
    public List<PropertySpec> properties() {
        return java.util.stream.Stream.concat(properties.stream(), java.util.stream.Stream.of(NOTE))
                .toList();
    }

    /** The property with that key: one of {@link #properties()} or a custom field; empty otherwise. */
    public Optional<PropertySpec> property(String key) {
        Optional<PropertySpec> own =
                properties().stream().filter(p -> p.key().equals(key)).findFirst();
        return own.isPresent() ? own : PropertySpec.customField(key);
    }

    /** How the relationship reads between its endpoints: "Barrier X blocks Intervention Y". */
    public String verb() {
        return verb;
    }

    public List<NodeType> from() {
        return from;
    }

    public List<NodeType> to() {
        return to;
    }

    public boolean undirected() {
        return undirected;
    }

    public boolean fits(NodeType source, NodeType target) {
        return from.contains(source) && to.contains(target);
    }

    /** The rule in words, e.g. "BLOCKS goes from a Barrier to an Intervention, Organisation or Person". */
    public String rule() {
        return name() + " goes from " + article(from) + " to " + article(to);
    }

    /** The relationship types that may go from {@code source} to {@code target}. */
    public static List<RelationshipType> between(NodeType source, NodeType target) {
        return Arrays.stream(values()).filter(t -> t.fits(source, target)).toList();
    }

    public static Optional<RelationshipType> byName(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    private static final Map<String, RelationshipType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(RelationshipType::name, t -> t));

    /** The type named {@code name}, or a validation error that lists the types there are. */
    public static RelationshipType parse(String name) {
        String all = names();
        if (name == null || name.isBlank()) {
            throw new ValidationException("type", "is required: one of " + all);
        }
        return byName(name.strip())
                .orElseThrow(() ->
                        new ValidationException("type", "'" + name + "' is not a relationship type; one of " + all));
    }

    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String article(List<NodeType> types) {
        List<String> names = types.stream().map(NodeType::label).toList();
        String first = types.getFirst().withArticle();
        if (names.size() == 1) {
            return first;
        }
        return first + (names.size() > 2 ? ", " + String.join(", ", names.subList(1, names.size() - 1)) : "") + " or "
                + names.getLast();
    }
}

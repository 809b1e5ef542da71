package uk.evidencemap.map;

import static uk.evidencemap.map.PropertySpec.bool;
import static uk.evidencemap.map.PropertySpec.cfirConstruct;
import static uk.evidencemap.map.PropertySpec.codeList;
import static uk.evidencemap.map.PropertySpec.codes;
import static uk.evidencemap.map.PropertySpec.email;
import static uk.evidencemap.map.PropertySpec.integer;
import static uk.evidencemap.map.PropertySpec.longText;
import static uk.evidencemap.map.PropertySpec.tags;
import static uk.evidencemap.map.PropertySpec.text;
import static uk.evidencemap.map.PropertySpec.url;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.taxonomy.BarrierCategory;
import uk.evidencemap.taxonomy.BarrierStatus;
import uk.evidencemap.taxonomy.EnablerCategory;
import uk.evidencemap.taxonomy.EricStrategy;
import uk.evidencemap.taxonomy.EvidenceKind;
import uk.evidencemap.taxonomy.EvidenceRating;
import uk.evidencemap.taxonomy.ImplementationStage;
import uk.evidencemap.taxonomy.OrganisationKind;
import uk.evidencemap.taxonomy.PersonRole;

/**
 * The kinds of node in a local evidence system (one Neo4j label each) and the properties
 * each may carry. Every type except {@link #PROGRAMME} belongs to exactly one area; a
 * programme is a shared catalogue entry.
 */
public enum NodeType {
    PERSON(
            "Person",
            "People",
            true,
            codes("role", "Role", PersonRole.class, true),
            email("email", "Email"),
            tags("tags", "Tags"),
            longText("description", "Notes")),
    ORGANISATION(
            "Organisation",
            "Organisations",
            true,
            codes("kind", "Kind", OrganisationKind.class, true),
            tags("tags", "Tags"),
            longText("description", "Notes")),
    PROGRAMME(
            "Programme",
            "Programmes",
            false,
            codes("evidenceRating", "Evidence rating", EvidenceRating.class, true),
            text("ratingSource", "Where the rating comes from"),
            bool("illustrative", "Illustrative rating (not checked against the Guidebook)"),
            integer("costRating", "Cost rating", 1, 5, false),
            text("ageRange", "Age range"),
            text("deliveryModel", "Delivery model"),
            text("workforce", "Workforce needed"),
            text("outcomes", "Outcomes targeted"),
            url("url", "Web page"),
            tags("tags", "Tags"),
            longText("description", "Description")),
    INTERVENTION(
            "Intervention",
            "Interventions",
            true,
            codes("stage", "Implementation stage", ImplementationStage.class, true),
            integer("reach", "Reach (families per year)", 0, 10_000_000, false),
            tags("tags", "Tags"),
            longText("description", "Notes")),
    NEED(
            "Need",
            "Needs",
            true,
            text("outcomeDomain", "Outcome domain"),
            integer("priority", "Priority", 1, 5, false),
            tags("tags", "Tags"),
            longText("description", "Notes")),
    BARRIER(
            "Barrier",
            "Barriers",
            true,
            codes("category", "Category", BarrierCategory.class, true),
            cfirConstruct("cfirConstruct", "CFIR 2.0 construct"),
            integer("severity", "Severity", 1, 5, true),
            codes("status", "Status", BarrierStatus.class, true),
            tags("tags", "Tags"),
            longText("description", "Notes")),
    ENABLER(
            "Enabler",
            "Enablers",
            true,
            codes("category", "Category", EnablerCategory.class, true),
            cfirConstruct("cfirConstruct", "CFIR 2.0 construct"),
            integer("strength", "Strength", 1, 5, true),
            codeList("ericStrategies", "ERIC strategies applied", EricStrategy.class),
            tags("tags", "Tags"),
            longText("description", "Notes")),
    EVIDENCE(
            "Evidence",
            "Evidence",
            true,
            codes("kind", "Kind", EvidenceKind.class, true),
            integer("year", "Year", 1900, 2100, false),
            url("url", "Link"),
            tags("tags", "Tags"),
            longText("description", "Summary")),
    FACTOR(
            "Factor",
            "Factors",
            true,
            text("domain", "Domain (e.g. economic, family, policy, workforce)"),
            tags("tags", "Tags"),
            longText("description", "Description"));

    public static final int NAME_MAX = 200;

    private final String label;
    private final String plural;
    private final boolean areaScoped;
    private final List<PropertySpec> properties;

    NodeType(String label, String plural, boolean areaScoped, PropertySpec... properties) {
        this.label = label;
        this.plural = plural;
        this.areaScoped = areaScoped;
        this.properties = List.of(properties);
    }

    /** The Neo4j label and the API's type name, e.g. {@code Barrier}. */
    public String label() {
        return label;
    }

    /** "a Barrier", "an Intervention". */
    public String withArticle() {
        return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    public String plural() {
        return plural;
    }

    public boolean areaScoped() {
        return areaScoped;
    }

    public List<PropertySpec> properties() {
        return properties;
    }

    /**
     * The property of this type with that key: one of {@link #properties()}, or a custom field when
     * the key begins with {@value PropertySpec#FIELD_PREFIX}; empty for any other key.
     */
    public Optional<PropertySpec> property(String key) {
        Optional<PropertySpec> own =
                properties.stream().filter(p -> p.key().equals(key)).findFirst();
        return own.isPresent() ? own : PropertySpec.customField(key);
    }

    public static Optional<NodeType> byLabel(String label) {
        return Optional.ofNullable(label == null ? null : BY_LABEL.get(label));
    }

    private static final Map<String, NodeType> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(t -> t.label, t -> t));

    /** The type named {@code label}, or a validation error that lists the types there are. */
    public static NodeType parse(String label) {
        if (label == null || label.isBlank()) {
            throw new ValidationException("type", "is required: one of " + labels());
        }
        return byLabel(label.strip())
                .orElseThrow(() ->
                        new ValidationException("type", "'" + label + "' is not a node type; one of " + labels()));
    }

    static String labels() {
        return Arrays.stream(values()).map(NodeType::label).collect(Collectors.joining(", "));
    }
}

package uk.evidencemap.map;

import java.util.List;
import java.util.Map;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;

/**
 * The model's rules for a node or relationship, for code that prepares many at once (an importer)
 * and must name each one that breaks them before anything is written. The same rules as every
 * single change ({@link MapService}).
 */
public final class ModelCheck {

    private ModelCheck() {}

    /** A node as it would be stored: its checked name and properties, with defaults filled in. */
    public record CheckedNode(String name, Map<String, Object> properties) {}

    /**
     * Checks a new node of {@code type}.
     *
     * @return the name and properties as they would be stored
     * @throws ValidationException with every violation (fields named by property key, "name")
     */
    public static CheckedNode node(NodeType type, String name, Map<String, Object> properties) {
        NodeRules.Checked checked = NodeRules.checkNew(type, name, properties);
        return new CheckedNode(checked.name(), checked.properties());
    }

    /**
     * Checks the properties of a new relationship of {@code type}.
     *
     * @return the properties as they would be stored (an influence's polarity UNKNOWN when not given)
     * @throws ValidationException with every violation, fields named by property key
     */
    public static Map<String, Object> relationship(RelationshipType type, Map<String, Object> properties) {
        return NodeRules.checkRelationshipProperties(type, properties);
    }

    /** The violations of a node, empty when it keeps the rules. */
    public static List<Violation> violations(NodeType type, String name, Map<String, Object> properties) {
        try {
            node(type, name, properties);
            return List.of();
        } catch (ValidationException e) {
            return e.violations();
        }
    }
}

package uk.evidencemap.exchange;

import java.util.Map;
import uk.evidencemap.map.NodeType;

/**
 * How the person importing wants the file's types taken.
 *
 * @param defaultType the node type of elements whose own type maps to none (Factor unless chosen)
 * @param typeMapping the file's type words the person mapped themselves, to the node type chosen;
 *                    these win over the words the product knows ({@link TypeWords})
 */
public record ImportOptions(NodeType defaultType, Map<String, NodeType> typeMapping) {

    public ImportOptions {
        defaultType = defaultType == null ? NodeType.FACTOR : defaultType;
        typeMapping = typeMapping == null ? Map.of() : Map.copyOf(typeMapping);
    }

    /** Factor for unknown types, no mapping of one's own. */
    public static ImportOptions defaults() {
        return new ImportOptions(NodeType.FACTOR, Map.of());
    }
}

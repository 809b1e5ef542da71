package uk.evidencemap.map;

import java.util.Map;

/** A node to create: its type, name and properties as entered (checked by the service). */
public record NodeDraft(NodeType type, String name, Map<String, Object> properties) {

    public NodeDraft {
        properties = properties == null ? Map.of() : properties;
    }
}

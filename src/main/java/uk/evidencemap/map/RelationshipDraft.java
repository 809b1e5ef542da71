package uk.evidencemap.map;

import java.util.Map;

/** A relationship to create between two node ids. */
public record RelationshipDraft(RelationshipType type, String from, String to, Map<String, Object> properties) {

    public RelationshipDraft {
        properties = properties == null ? Map.of() : properties;
    }
}

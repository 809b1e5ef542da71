package uk.evidencemap.analysis;

import uk.evidencemap.map.MapNode;

/** What a finding is about: a node, by id, type and name. */
public record Subject(String id, String type, String name) {

    public static Subject of(MapNode node) {
        return node == null ? null : new Subject(node.id(), node.type().label(), node.name());
    }
}

package uk.evidencemap.map.ui;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/**
 * What the map shows: node types, relationship types, and codes of the properties people
 * filter by. A property filter narrows only the nodes that have that property (choosing a stage
 * hides interventions at other stages and nothing else); an empty choice filters nothing.
 *
 * @param stages     implementation stages of interventions
 * @param statuses   statuses of barriers
 * @param ratings    evidence ratings of programmes
 * @param categories categories of barriers and enablers
 * @param tags       free tags of barriers and enablers (a node with any of them is shown)
 */
record MapFilter(
        Set<NodeType> types,
        Set<RelationshipType> relationships,
        Set<String> stages,
        Set<String> statuses,
        Set<String> ratings,
        Set<String> categories,
        Set<String> tags) {

    MapFilter {
        types = Set.copyOf(types);
        relationships = Set.copyOf(relationships);
        stages = Set.copyOf(stages);
        statuses = Set.copyOf(statuses);
        ratings = Set.copyOf(ratings);
        categories = Set.copyOf(categories);
        tags = Set.copyOf(tags);
    }

    /** Everything shown. */
    static MapFilter everything() {
        return new MapFilter(
                EnumSet.allOf(NodeType.class),
                EnumSet.allOf(RelationshipType.class),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of());
    }

    boolean shows(MapNode node) {
        if (!types.contains(node.type())) {
            return false;
        }
        return switch (node.type()) {
            case INTERVENTION -> allows(stages, node.text("stage"));
            case BARRIER ->
                allows(statuses, node.text("status")) && allows(categories, node.text("category")) && tagged(node);
            case ENABLER -> allows(categories, node.text("category")) && tagged(node);
            case PROGRAMME -> allows(ratings, node.text("evidenceRating"));
            default -> true;
        };
    }

    boolean shows(MapRelationship relationship) {
        return relationships.contains(relationship.type());
    }

    /** Whether anything beyond node types is narrowed: for telling people the map is filtered. */
    boolean narrowsProperties() {
        return !stages.isEmpty()
                || !statuses.isEmpty()
                || !ratings.isEmpty()
                || !categories.isEmpty()
                || !tags.isEmpty()
                || relationships.size() < RelationshipType.values().length;
    }

    private static boolean allows(Set<String> chosen, String value) {
        return chosen.isEmpty() || (value != null && chosen.contains(value));
    }

    private boolean tagged(MapNode node) {
        if (tags.isEmpty()) {
            return true;
        }
        return node.property("tags") instanceof Collection<?> values
                && values.stream().map(String::valueOf).anyMatch(tags::contains);
    }
}

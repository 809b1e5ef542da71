package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

class MapFilterTest {

    private static MapNode node(NodeType type, Map<String, Object> properties) {
        return new MapNode(type + "-" + properties.hashCode(), type, "york", "A " + type.label(), 0, properties);
    }

    private static final MapNode RUNNING = node(NodeType.INTERVENTION, Map.of("stage", "FULL_IMPLEMENTATION"));
    private static final MapNode IDEA = node(NodeType.INTERVENTION, Map.of("stage", "EXPLORATION"));
    private static final MapNode OPEN_FUNDING =
            node(NodeType.BARRIER, Map.of("status", "OPEN", "category", "FUNDING", "tags", List.of("budget", "2026")));
    private static final MapNode RESOLVED_STAFF =
            node(NodeType.BARRIER, Map.of("status", "RESOLVED", "category", "STAFF_CAPACITY"));
    private static final MapNode STRONG = node(NodeType.PROGRAMME, Map.of("evidenceRating", "4"));
    private static final MapNode PERSON = node(NodeType.PERSON, Map.of("role", "COMMISSIONER"));

    private static MapFilter with(
            Set<String> stages, Set<String> statuses, Set<String> ratings, Set<String> categories, Set<String> tags) {
        return new MapFilter(
                EnumSet.allOf(NodeType.class),
                EnumSet.allOf(RelationshipType.class),
                stages,
                statuses,
                ratings,
                categories,
                tags);
    }

    @Test
    void everythingShowsEverything() {
        MapFilter all = MapFilter.everything();
        assertThat(List.of(RUNNING, IDEA, OPEN_FUNDING, RESOLVED_STAFF, STRONG, PERSON))
                .allMatch(all::shows);
        assertThat(all.narrowsProperties()).isFalse();
    }

    @Test
    void aPropertyFilterNarrowsOnlyTheNodesThatHaveThatProperty() {
        MapFilter running = with(Set.of("FULL_IMPLEMENTATION"), Set.of(), Set.of(), Set.of(), Set.of());
        assertThat(running.shows(RUNNING)).isTrue();
        assertThat(running.shows(IDEA)).isFalse();
        assertThat(running.shows(OPEN_FUNDING)).as("barriers have no stage").isTrue();
        assertThat(running.shows(PERSON)).isTrue();
        assertThat(running.narrowsProperties()).isTrue();

        MapFilter open = with(Set.of(), Set.of("OPEN"), Set.of(), Set.of(), Set.of());
        assertThat(open.shows(OPEN_FUNDING)).isTrue();
        assertThat(open.shows(RESOLVED_STAFF)).isFalse();

        assertThat(with(Set.of(), Set.of(), Set.of("3"), Set.of(), Set.of()).shows(STRONG))
                .isFalse();
        assertThat(with(Set.of(), Set.of(), Set.of(), Set.of("STAFF_CAPACITY"), Set.of())
                        .shows(OPEN_FUNDING))
                .isFalse();
        assertThat(with(Set.of(), Set.of(), Set.of(), Set.of(), Set.of("budget"))
                        .shows(OPEN_FUNDING))
                .isTrue();
        assertThat(with(Set.of(), Set.of(), Set.of(), Set.of(), Set.of("budget"))
                        .shows(RESOLVED_STAFF))
                .as("no tags at all")
                .isFalse();
    }

    @Test
    void typesAndRelationshipTypesCanBeHidden() {
        MapFilter filter = new MapFilter(
                EnumSet.of(NodeType.BARRIER),
                EnumSet.of(RelationshipType.BLOCKS),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of());
        assertThat(filter.shows(OPEN_FUNDING)).isTrue();
        assertThat(filter.shows(PERSON)).isFalse();
        var blocks = new MapRelationship("r1", RelationshipType.BLOCKS, "a", "b", "york", Map.of());
        var champions = new MapRelationship("r2", RelationshipType.CHAMPIONS, "a", "b", "york", Map.of());
        assertThat(filter.shows(blocks)).isTrue();
        assertThat(filter.shows(champions)).isFalse();
        assertThat(filter.narrowsProperties()).isTrue();
    }
}

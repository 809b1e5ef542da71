package uk.evidencemap.map.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.BarrierCategory;
import uk.evidencemap.taxonomy.BarrierStatus;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.EnablerCategory;
import uk.evidencemap.taxonomy.EvidenceRating;
import uk.evidencemap.taxonomy.ImplementationStage;

/**
 * The controls that narrow what the map draws (node types, focus on the selected node, and under
 * "More filters" relationship types, stages, statuses, ratings, categories and tags), the
 * {@link MapFilter} they describe, and the note that says how much is shown. A map too large to
 * draw whole opens with fewer types ({@link LargeMapFilter}). The page places the controls.
 */
final class MapFilters implements Serializable {

    final MultiSelectComboBox<NodeType> types = new MultiSelectComboBox<>("Show types");
    final Select<Integer> focus = new Select<>();
    final MultiSelectComboBox<RelationshipType> relationshipTypes = new MultiSelectComboBox<>("Show relationships");
    final MultiSelectComboBox<Coded> stages = new MultiSelectComboBox<>("Intervention stage");
    final MultiSelectComboBox<Coded> statuses = new MultiSelectComboBox<>("Barrier status");
    final MultiSelectComboBox<Coded> ratings = new MultiSelectComboBox<>("Programme evidence rating");
    final MultiSelectComboBox<Coded> categories = new MultiSelectComboBox<>("Barrier or enabler category");
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tag");
    /** "More filters": the filters beyond types and focus, folded away. */
    final Details more;
    /** Says how many nodes are shown when not all are, and why (role=status). */
    final Span note = new Span();
    /** Beyond this many nodes the map opens with fewer node types drawn, and says so. */
    int maxDrawn;

    private LargeMapFilter large = LargeMapFilter.whole();
    private List<String> tagList;

    /** @param changed called whenever a filter changes: the page draws the map again */
    MapFilters(int maxDrawn, SerializableRunnable changed) {
        this.maxDrawn = maxDrawn;
        types.setItems(NodeType.values());
        types.setItemLabelGenerator(NodeType::plural);
        types.setValue(EnumSet.allOf(NodeType.class));
        types.addValueChangeListener(e -> changed.run());
        focus.setLabel("Focus on the selected node");
        focus.setItems(0, 1, 2, 3);
        focus.setItemLabelGenerator(
                steps -> steps == 0 ? "Whole map" : steps + (steps == 1 ? " step" : " steps") + " around it");
        focus.setValue(0);
        focus.addValueChangeListener(e -> changed.run());
        relationshipTypes.setItems(RelationshipType.values());
        relationshipTypes.setItemLabelGenerator(RelationshipType::verb);
        relationshipTypes.setValue(EnumSet.allOf(RelationshipType.class));
        stages.setItems(ImplementationStage.values());
        statuses.setItems(BarrierStatus.values());
        ratings.setItems(EvidenceRating.values());
        List<Coded> allCategories = new ArrayList<>(List.of(BarrierCategory.values()));
        Arrays.stream(EnablerCategory.values())
                .filter(e -> allCategories.stream().noneMatch(c -> c.code().equals(e.code())))
                .forEach(allCategories::add);
        categories.setItems(allCategories);
        for (var box : List.of(stages, statuses, ratings, categories)) {
            box.setItemLabelGenerator(Coded::label);
        }
        for (var box : List.of(relationshipTypes, stages, statuses, ratings, categories, tags)) {
            box.addValueChangeListener(e -> changed.run());
            box.setClearButtonVisible(true);
        }
        relationshipTypes.setClearButtonVisible(false);
        tags.setHelperText("Barriers and enablers with any of these tags");
        note.getElement().setAttribute("role", "status");
        note.addClassName("map-filter-note");
        HorizontalLayout filters = new HorizontalLayout(relationshipTypes, stages, statuses, ratings, categories, tags);
        filters.setWrap(true);
        more = new Details("More filters: relationships, stages, statuses, ratings, categories, tags", filters);
    }

    /** The filter the controls describe. */
    MapFilter filter() {
        return new MapFilter(
                types.getValue(),
                relationshipTypes.getValue(),
                codes(stages.getValue()),
                codes(statuses.getValue()),
                codes(ratings.getValue()),
                codes(categories.getValue()),
                tags.getValue());
    }

    private static Set<String> codes(Set<Coded> chosen) {
        return chosen.stream().map(Coded::code).collect(Collectors.toSet());
    }

    /** Whether the map is narrowed to the neighbourhood of the selected node. */
    boolean focusing() {
        return focus.getValue() != null && focus.getValue() > 0;
    }

    /**
     * The ids of the nodes to draw: those that pass the filter (no more than a large map's limit)
     * and, when focusing on {@code selectedId} (null for none), lie near it.
     */
    Set<String> visible(AreaGraph graph, String selectedId) {
        MapFilter filter = filter();
        Set<String> shown = graph.nodes().stream()
                .filter(filter::shows)
                .map(MapNode::id)
                .limit(large.limit())
                .collect(Collectors.toSet());
        int steps = focus.getValue() == null ? 0 : focus.getValue();
        if (steps == 0 || selectedId == null || !shown.contains(selectedId)) {
            return shown;
        }
        return Neighbourhood.around(graph, selectedId, steps, shown, filter::shows);
    }

    /**
     * Chooses the node types a map opens with: all of them, unless it has more nodes than
     * {@link #maxDrawn}.
     */
    void openLargeMapsFiltered(AreaGraph graph) {
        large = LargeMapFilter.of(graph.nodes(), maxDrawn);
        Set<NodeType> chosen = EnumSet.noneOf(NodeType.class);
        chosen.addAll(large.types());
        types.setValue(chosen);
    }

    /**
     * Offers the tags used on the map. The list is sent again only when it has changed: a live
     * change reaches every open page, and resending it cost each browser more than the change.
     */
    void offerTags(AreaGraph graph) {
        List<String> tagItems = graph.nodes().stream()
                .filter(n -> n.property("tags") instanceof Collection<?>)
                .flatMap(n -> ((Collection<?>) n.property("tags")).stream().map(String::valueOf))
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
        if (!tagItems.equals(tagList)) {
            tagList = tagItems;
            tags.setItems(tagItems);
        }
    }

    /**
     * Says how many of the map's nodes are drawn when not all are (and why, for a large map), and
     * that a large map is drawn in rings by type when the force-directed or grouped layout would be too slow.
     *
     * @param shown  how many nodes are drawn
     * @param total  how many nodes the map has
     * @param forced whether the force-directed or the grouped layout is chosen
     */
    void tellShown(int shown, long total, boolean forced) {
        String layoutNote = shown > GraphCanvas.LARGE_FOR_FORCE && forced
                ? "With more than " + GraphCanvas.LARGE_FOR_FORCE + " nodes shown the map is drawn in rings by type:"
                        + " the force-directed and grouped layouts would hold the page too long."
                : "";
        String count = shown == total && !filter().narrowsProperties()
                ? ""
                : "Showing " + shown + " of " + total + " nodes." + (large.note() == null ? "" : " " + large.note())
                        + " ";
        note.setText((count + layoutNote).strip());
        note.setVisible(!note.getText().isEmpty());
    }
}

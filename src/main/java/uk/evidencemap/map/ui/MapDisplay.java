package uk.evidencemap.map.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import uk.evidencemap.map.MapFigures;
import uk.evidencemap.map.NodePalette;

/**
 * "Size by" a network figure and "Colour by community" (Leiden): what the canvas is sent for them
 * and what the legend says, from the figures the analysis computes ({@link MapFigures}, the same
 * as the analysis page's Network tab, which lists them as a table: the accessible alternative to
 * reading sizes and colours on the canvas).
 */
final class MapDisplay implements Serializable {

    /** What node sizes show. */
    enum SizeBy {
        NONE("Own weight (severity, strength, priority)", null),
        DEGREE("Degree", MapFigures.Figures::degree),
        BETWEENNESS("Betweenness", MapFigures.Figures::betweenness),
        EIGENVECTOR("Eigenvector", MapFigures.Figures::eigenvector),
        CLOSENESS("Closeness", MapFigures.Figures::closeness),
        REACH("2-step reach", f -> f.reach());

        final String label;
        final transient ToDoubleFunction<MapFigures.Figures> figure;

        SizeBy(String label, ToDoubleFunction<MapFigures.Figures> figure) {
            this.label = label;
            this.figure = figure;
        }
    }

    /** Said under the controls: what they draw, and where the same figures are read as a table. */
    static final String HELP = "Size and community colours apply to people, organisations and interventions"
            + " (the champions network); other nodes are drawn small and white. The analysis page's Network tab"
            + " lists the same figures and communities in a sortable table, the accessible alternative to the canvas.";

    final Select<SizeBy> sizeBy = new Select<>();
    final Checkbox colourByCommunity = new Checkbox("Colour by community");

    MapDisplay(SerializableRunnable changed) {
        sizeBy.setLabel("Size by");
        sizeBy.setItems(SizeBy.values());
        sizeBy.setItemLabelGenerator(s -> s.label);
        sizeBy.setValue(SizeBy.NONE);
        sizeBy.setHelperText("Network figures as on the analysis page's Network tab, largest biggest");
        sizeBy.addValueChangeListener(e -> changed.run());
        colourByCommunity.addValueChangeListener(e -> changed.run());
    }

    /** Whether the figures are needed to draw the map as chosen. */
    boolean needsFigures() {
        return sizeBy.getValue() != SizeBy.NONE || colourByCommunity.getValue();
    }

    /**
     * Whether the controls may be used: not on a past map, whose figures are not kept (they are
     * set back to none).
     */
    void setEnabled(boolean enabled) {
        if (!enabled) {
            sizeBy.setValue(SizeBy.NONE);
            colourByCommunity.setValue(false);
        }
        sizeBy.setEnabled(enabled);
        colourByCommunity.setEnabled(enabled);
    }

    /**
     * Node id to the chosen figure relative to the largest among the shown nodes (0-1); empty when
     * sizing by each node's own weight.
     */
    Map<String, Double> sizes(Map<String, MapFigures.Figures> figures, Set<String> shown) {
        SizeBy by = sizeBy.getValue();
        if (by == null || by == SizeBy.NONE) {
            return Map.of();
        }
        double largest = 0;
        for (String id : shown) {
            MapFigures.Figures f = figures.get(id);
            if (f != null) {
                largest = Math.max(largest, by.figure.applyAsDouble(f));
            }
        }
        Map<String, Double> sizes = new HashMap<>();
        for (String id : shown) {
            MapFigures.Figures f = figures.get(id);
            if (f != null) {
                sizes.put(id, largest > 0 ? by.figure.applyAsDouble(f) / largest : 0.0);
            }
        }
        return sizes;
    }

    /**
     * Node id to its community's colour ({@link NodePalette#community}), white for shown nodes
     * without a community; empty when not colouring by community.
     */
    Map<String, String> colours(Map<String, MapFigures.Figures> figures, Set<String> shown) {
        if (!colourByCommunity.getValue()) {
            return Map.of();
        }
        Map<String, String> colours = new HashMap<>();
        for (String id : shown) {
            MapFigures.Figures f = figures.get(id);
            colours.put(id, f == null ? NodePalette.NO_COMMUNITY : NodePalette.community(f.community()));
        }
        return colours;
    }

    /** The legend's entries for the communities among the shown nodes; empty when not colouring by community. */
    List<MapLegend.Entry> communityLegend(Map<String, MapFigures.Figures> figures, Set<String> shown) {
        if (!colourByCommunity.getValue()) {
            return List.of();
        }
        TreeSet<Integer> present = new TreeSet<>();
        boolean without = false;
        for (String id : shown) {
            MapFigures.Figures f = figures.get(id);
            if (f == null) {
                without = true;
            } else {
                present.add(f.community());
            }
        }
        List<MapLegend.Entry> entries = new ArrayList<>();
        int named = NodePalette.COMMUNITIES.size();
        for (int c : present) {
            if (c <= named) {
                entries.add(new MapLegend.Entry("Community " + c, NodePalette.community(c), "rectangle"));
            }
        }
        if (!present.isEmpty() && present.last() > named) {
            entries.add(new MapLegend.Entry(
                    "Communities " + (named + 1) + " and beyond", NodePalette.OTHER_COMMUNITIES, "rectangle"));
        }
        if (without) {
            entries.add(
                    new MapLegend.Entry("In no community (not in the network)", NodePalette.NO_COMMUNITY, "rectangle"));
        }
        return entries;
    }

    /** The legend's line on node sizes: empty when sizing by each node's own weight. */
    String sizeNote() {
        SizeBy by = sizeBy.getValue();
        return by == null || by == SizeBy.NONE
                ? ""
                : "Size: " + by.label.toLowerCase(java.util.Locale.ROOT)
                        + ", relative to the highest on the map (nodes outside the network drawn small).";
    }
}

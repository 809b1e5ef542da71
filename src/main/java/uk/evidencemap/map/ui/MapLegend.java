package uk.evidencemap.map.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import uk.evidencemap.map.NodeType;

/**
 * The legend of the map: each node type's shape in its colour on the canvas ({@link NodeStyle})
 * and its name, so that types are told apart by shape as well as colour; when the map is coloured
 * by community, each community's colour; and a line saying what node sizes show. The canvas's
 * exported picture carries the same entries ({@link #entries()}).
 */
final class MapLegend extends Div {

    /** One entry: a swatch of this shape (a Cytoscape.js node shape) in this colour ({@code #rrggbb}), and its label. */
    record Entry(String label, String color, String shape) {}

    final UnorderedList types = new UnorderedList();
    final UnorderedList communities = new UnorderedList();
    final Span note = new Span();
    private List<Entry> communityEntries = List.of();

    MapLegend() {
        addClassName("map-legend");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Legend");
        types.addClassName("map-legend-list");
        communities.addClassName("map-legend-list");
        communities.getElement().setAttribute("aria-label", "Communities");
        note.addClassName("map-legend-note");
        for (Entry entry : typeEntries()) {
            types.add(item(entry));
        }
        communities.setVisible(false);
        note.setVisible(false);
        add(types, communities, note);
    }

    /** Each node type: its name, colour and shape on the canvas. */
    static List<Entry> typeEntries() {
        List<Entry> entries = new ArrayList<>();
        for (NodeType type : NodeType.values()) {
            NodeStyle style = NodeStyle.of(type);
            entries.add(new Entry(type.label(), style.color(), style.shape()));
        }
        return entries;
    }

    private static ListItem item(Entry entry) {
        Svg icon = new Svg(ShapeIcon.svg(entry.shape(), entry.color()));
        icon.addClassName("map-legend-swatch");
        ListItem item = new ListItem(icon, new Span(entry.label()));
        item.addClassName("map-legend-item");
        return item;
    }

    /**
     * Shows the communities the map is coloured by (none to hide them) and the line saying what node
     * sizes show (empty for none).
     */
    void show(List<Entry> communityEntries, String sizeNote) {
        this.communityEntries = List.copyOf(communityEntries);
        communities.removeAll();
        communityEntries.forEach(e -> communities.add(item(e)));
        communities.setVisible(!communityEntries.isEmpty());
        note.setText(sizeNote);
        note.setVisible(!sizeNote.isEmpty());
    }

    /** Every entry shown: the types, then the communities. */
    List<Entry> entries() {
        List<Entry> all = new ArrayList<>(typeEntries());
        all.addAll(communityEntries);
        return all;
    }

    /** The line saying what node sizes show, or empty. */
    String sizeNote() {
        return note.getText();
    }
}

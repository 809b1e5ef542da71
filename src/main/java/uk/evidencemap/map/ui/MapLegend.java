package uk.evidencemap.map.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import uk.evidencemap.map.NodeType;

/** The legend of the map: a swatch of each node type's colour on the canvas ({@link NodeStyle}) and its name. */
final class MapLegend extends HorizontalLayout {

    MapLegend() {
        setSpacing(false);
        addClassName("map-legend");
        getElement().setAttribute("aria-label", "Legend");
        for (NodeType type : NodeType.values()) {
            Span swatch = new Span();
            swatch.addClassName("map-legend-swatch");
            swatch.getStyle().set("background-color", NodeStyle.of(type).color());
            Span item = new Span(swatch, new Span(type.label()));
            item.addClassName("map-legend-item");
            add(item);
        }
    }
}

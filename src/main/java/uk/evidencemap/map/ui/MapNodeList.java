package uk.evidencemap.map.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Comparator;
import java.util.List;
import uk.evidencemap.collaboration.CommentService;
import uk.evidencemap.map.MapNode;

/**
 * The nodes drawn on the canvas as a list beside it, with the comments on each not read yet:
 * selecting a row selects the node on the canvas, and the reverse.
 */
final class MapNodeList extends Grid<MapNode> {

    private final NodeRows rows = new NodeRows();

    /** @param chosen called with a node's id when the person selects its row */
    MapNodeList(OpenMap openMap, SerializableConsumer<String> chosen) {
        setAriaLabel("Nodes on the map");
        setItems(rows.data());
        addColumn(MapNode::name)
                .setHeader("Node")
                .setSortable(true)
                .setFlexGrow(2)
                .setComparator(Comparator.comparing(MapNode::name, String.CASE_INSENSITIVE_ORDER));
        addColumn(n -> n.type().label()).setHeader("Type").setSortable(true).setAutoWidth(true);
        addColumn(n -> unread(openMap.unread(n.id()))).setHeader("Comments").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setHeight("14rem");
        asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                chosen.accept(e.getValue().id());
            }
        });
    }

    private static String unread(CommentService.Unread fresh) {
        return fresh == null ? "" : fresh.count() + (fresh.mentioned() ? " new, mentions you" : " new");
    }

    /** Lists these nodes (those drawn), sending again only the rows that changed. */
    void show(List<MapNode> nodes) {
        rows.show(nodes);
    }

    /** Selects a node's row and scrolls to it, when it is listed and not selected already. */
    void reveal(MapNode node) {
        if (!node.equals(asSingleSelect().getValue()) && getListDataView().contains(node)) {
            select(node);
            scrollToItem(node);
        }
    }
}

package uk.evidencemap.map.ui;

import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.function.SerializableComparator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.evidencemap.map.MapNode;

/**
 * Nodes listed in a component (the list beside the canvas, the find box), known by their ids, so
 * that a live change of one node replaces its row rather than resending the whole list to every
 * open page.
 */
final class NodeRows implements Serializable {

    private final List<MapNode> items = new ArrayList<>();
    private final ListDataProvider<MapNode> data = new ListDataProvider<>(items) {
        @Override
        public Object getId(MapNode node) {
            return node.id();
        }
    };
    private final boolean sortedWhenRead;

    /** Rows in the order they are given. */
    NodeRows() {
        this.sortedWhenRead = false;
    }

    /** Rows sorted when the component reads them, whatever order they are given in. */
    NodeRows(SerializableComparator<MapNode> order) {
        this.sortedWhenRead = true;
        data.setSortComparator(order);
    }

    ListDataProvider<MapNode> data() {
        return data;
    }

    /**
     * Lists these nodes. When they are the nodes listed already (in the same order, unless the rows
     * are sorted when read), only the rows of changed nodes are sent again.
     */
    void show(List<MapNode> nodes) {
        if (!sameNodes(nodes)) {
            items.clear();
            items.addAll(nodes);
            data.refreshAll();
            return;
        }
        Map<String, MapNode> now = new HashMap<>(nodes.size() * 2);
        nodes.forEach(n -> now.put(n.id(), n));
        for (int i = 0; i < items.size(); i++) {
            MapNode node = now.get(items.get(i).id());
            if (!node.equals(items.get(i))) {
                items.set(i, node);
                data.refreshItem(node);
            }
        }
    }

    private boolean sameNodes(List<MapNode> nodes) {
        if (nodes.size() != items.size()) {
            return false;
        }
        if (sortedWhenRead) {
            Set<String> ids = new HashSet<>(nodes.size() * 2);
            nodes.forEach(n -> ids.add(n.id()));
            return items.stream().allMatch(n -> ids.contains(n.id()));
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).id().equals(items.get(i).id())) {
                return false;
            }
        }
        return true;
    }
}

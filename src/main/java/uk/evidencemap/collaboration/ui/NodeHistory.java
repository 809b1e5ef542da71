package uk.evidencemap.collaboration.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.changelog.ui.Live;

/** A node's history (its own changes, its relationships and comments), newest first; read when opened. */
public class NodeHistory extends Details {

    final UnorderedList list = new UnorderedList();

    public NodeHistory(HistoryService history, String areaId, String nodeId) {
        super("History of this node");
        add(list);
        addOpenedChangeListener(e -> {
            if (e.isOpened() && list.getChildren().findAny().isEmpty()) {
                show(history.feed(areaId, HistoryService.FeedFilter.subject(nodeId)));
            }
        });
    }

    void show(List<Change> changes) {
        list.removeAll();
        for (Change c : changes) {
            ListItem item = new ListItem(Live.DATE_TIME.format(c.at()) + ", " + c.user() + ": " + c.summary());
            List<String> diff = differences(c);
            if (!diff.isEmpty()) {
                Span detail = new Span(" (" + String.join("; ", diff) + ")");
                detail.addClassName("change-diff");
                item.add(detail);
            }
            list.add(item);
        }
        if (changes.isEmpty()) {
            list.add(new ListItem("No recorded changes."));
        }
    }

    /** "severity: 3 → 5" for each field a node change altered. */
    @SuppressWarnings("unchecked")
    public static List<String> differences(Change c) {
        if (c.before() == null || c.after() == null || c.isRelationship()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if (!Objects.equals(c.before().get("name"), c.after().get("name"))) {
            lines.add("name: " + c.before().get("name") + " \u2192 " + c.after().get("name"));
        }
        Map<String, Object> was = (Map<String, Object>) c.before().getOrDefault("properties", Map.of());
        Map<String, Object> now = (Map<String, Object>) c.after().getOrDefault("properties", Map.of());
        Set<String> keys = new LinkedHashSet<>(was.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            if (!Objects.equals(was.get(key), now.get(key))) {
                lines.add(key + ": " + shown(was.get(key)) + " \u2192 " + shown(now.get(key)));
            }
        }
        return lines;
    }

    private static String shown(Object value) {
        return value == null ? "(empty)" : String.valueOf(value);
    }
}

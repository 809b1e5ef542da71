package uk.evidencemap.collaboration.ui;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.EntryScope;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who is editing which node of an area, shared through a Collaboration Kit map: each open
 * editor puts "node id / name" under its own key, scoped to its connection, so the entry goes
 * when the page does. Every view of the area hears of each change and marks those nodes.
 */
public class EditingPresence {

    private final String key;
    private final UserInfo me;
    private CollaborationMap map;
    private String editing;

    /**
     * @param onChange called (in the UI's lock) with node id to the names of the others editing it
     */
    public EditingPresence(
            Component owner, UserInfo me, String areaId, SerializableConsumer<Map<String, String>> onChange) {
        this.me = me;
        this.key = me.getId() + "#" + Integer.toHexString(System.identityHashCode(owner));
        CollaborationEngine.getInstance()
                .openTopicConnection(owner, Presence.areaTopic(areaId) + "/editing", me, connection -> {
                    map = connection.getNamedMap("editing");
                    if (editing != null) {
                        map.put(key, editing + "/" + me.getName(), EntryScope.CONNECTION);
                    }
                    onChange.accept(others());
                    return map.subscribe(event -> onChange.accept(others()));
                });
    }

    /** Tells the others which node this person now edits; null when they stopped. */
    public void editing(String nodeId) {
        editing = nodeId;
        if (map != null) {
            if (nodeId == null) {
                map.remove(key);
            } else {
                map.put(key, nodeId + "/" + me.getName(), EntryScope.CONNECTION);
            }
        }
    }

    private Map<String, String> others() {
        Map<String, TreeMap<String, String>> byNode = new LinkedHashMap<>();
        map.getKeys().filter(k -> !k.startsWith(me.getId() + "#")).forEach(k -> {
            String value = map.get(k, String.class);
            if (value != null && value.contains("/")) {
                String node = value.substring(0, value.indexOf('/'));
                byNode.computeIfAbsent(node, n -> new TreeMap<>()).put(k, value.substring(value.indexOf('/') + 1));
            }
        });
        Map<String, String> names = new LinkedHashMap<>();
        byNode.forEach((node, people) -> names.put(node, String.join(", ", new TreeSet<>(people.values()))));
        return names;
    }
}

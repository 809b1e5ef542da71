package uk.evidencemap.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** Field-level merge of two people's saves of one node (docs/collaboration.md). */
final class FieldMerge {

    private FieldMerge() {}

    /**
     * The change to save when someone else saved the node after this editor opened it: fields only
     * one side changed are merged (the other side's value kept); a field both changed to different
     * values is a conflict the person has to decide.
     *
     * @param current    the node as it is now
     * @param change     what the editor saved, with {@link NodeChange#base()} the values they started from
     * @param lastEditor who saved the node last, for the conflict's message
     * @return the fields to write, at the current version
     * @throws EditConflictException naming each field both sides changed, with the three values
     */
    static NodeChange merge(MapNode current, NodeChange change, Supplier<String> lastEditor) {
        Map<String, Object> mine = new HashMap<>();
        List<EditConflictException.FieldConflict> conflicts = new ArrayList<>();
        Map<String, Object> wanted = new LinkedHashMap<>();
        if (change.name() != null) {
            wanted.put("name", change.name().strip());
        }
        change.properties().forEach(wanted::put);
        wanted.forEach((field, value) -> {
            Object yours = MapNode.comparable(value);
            Object base = MapNode.comparable(change.base().get(field));
            Object theirs = MapNode.comparable("name".equals(field) ? current.name() : current.property(field));
            if (Objects.equals(yours, base) || Objects.equals(yours, theirs)) {
                return;
            }
            if (Objects.equals(theirs, base)) {
                mine.put(field, value);
            } else {
                conflicts.add(new EditConflictException.FieldConflict(field, base, theirs, yours));
            }
        });
        if (!conflicts.isEmpty()) {
            throw new EditConflictException(current, lastEditor.get(), conflicts);
        }
        String name = (String) mine.remove("name");
        return new NodeChange(name, mine, current.version());
    }
}

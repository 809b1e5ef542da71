package uk.evidencemap.changelog;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded change of an area: who, when, what, and the state before and after. The change
 * log holds every change to every map, numbered by one sequence across all areas, and is
 * written in the same transaction as the change itself.
 *
 * @param seq         the change's number; numbers become visible in order
 * @param subjectType a node type's label ("Barrier") or "Relationship"
 * @param before      the subject before the change (null when it was created)
 * @param after       the subject after the change (null when it was deleted)
 * @param undoes      set when this change undid change {@code undoes}
 * @param redoes      set when this change did change {@code redoes} again after it was undone
 * @param restores    set when this change brought back the node deleted by change {@code restores}
 * @param undone      true once this change has been undone (and not redone)
 * @param instance    the application instance that made the change
 */
public record Change(
        long seq,
        Instant at,
        String user,
        String areaId,
        ChangeAction action,
        String subjectId,
        String subjectType,
        String subjectName,
        Map<String, Object> before,
        Map<String, Object> after,
        Long undoes,
        Long redoes,
        Long restores,
        boolean undone,
        String instance) {

    public static final String RELATIONSHIP = "Relationship";

    /** The subject type of an import ({@link ChangeAction#MAP_IMPORTED}). */
    public static final String IMPORT = "Import";

    public boolean isRelationship() {
        return RELATIONSHIP.equals(subjectType);
    }

    /** A plain-English line for the activity feed, without the person and the time. */
    public String summary() {
        if (action == ChangeAction.COMMENT_ADDED) {
            String text = after == null ? "" : String.valueOf(after.get("text"));
            return "commented on '" + subjectName + "': \u201c"
                    + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "\u201d";
        }
        if (action == ChangeAction.MAP_IMPORTED) {
            Map<String, Object> state = after != null ? after : before;
            String counts = state == null
                    ? ""
                    : ": " + count(state.get("nodes"), "node") + " and "
                            + count(state.get("relationships"), "relationship");
            String how = undoes != null ? " (undo: taken away)" : redoes != null ? " (redo)" : "";
            return "imported '" + subjectName + "'" + counts + how;
        }
        String what = isRelationship() ? relationshipSentence() : subjectType + " '" + subjectName + "'";
        String how = undoes != null ? " (undo)" : redoes != null ? " (redo)" : restores != null ? " (restored)" : "";
        return action.verb() + " " + what + how;
    }

    private static String count(Object list, String noun) {
        int n = list instanceof java.util.Collection<?> c ? c.size() : 0;
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String relationshipSentence() {
        Map<String, Object> state = after != null ? after : before;
        if (state == null) {
            return "a relationship";
        }
        return "'" + state.getOrDefault("fromName", state.get("from")) + "' " + state.get("verb") + " '"
                + state.getOrDefault("toName", state.get("to")) + "'";
    }
}

package uk.evidencemap.map;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;

/**
 * Other people's changes to a node or relationship since a change of one's own, read from the
 * change log, and the sentence that names them when an undo, redo or restore has to be refused:
 * "ana changed 'D' (description) at 14:02 and connected it to 'Acme' at 14:03".
 */
final class LaterChanges {

    /** London time, as the pages show the times of changes. */
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** How many changes a sentence names; more are counted. */
    static final int NAMED = 5;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private LaterChanges() {}

    /**
     * Of the changes {@code touching} a subject after change {@code since} (as
     * {@code ChangeLog.touching} reads them), those that others than {@code user} made and that still
     * stand. Left out: one's own changes (undo steps back through them in order); changes their
     * author has undone, and the undos of changes made after {@code since} (the two cancel out); for a
     * node, changes of other nodes that merely mention it (another node's deletion that took a
     * relationship to it along); and the relationships a restore brought back with the node, which
     * the restore itself stands for.
     *
     * @param node true when the subject is a node, false for a relationship
     */
    static List<Change> byOthers(List<Change> touching, String subjectId, boolean node, long since, String user) {
        List<Change> standing = touching.stream()
                .filter(c -> !c.user().equals(user))
                .filter(c -> !c.undone())
                .filter(c -> c.undoes() == null || c.undoes() <= since)
                .filter(c -> concerns(c, subjectId, node))
                .toList();
        Set<List<Object>> bringingBack = new HashSet<>();
        for (Change c : standing) {
            if (c.action() == ChangeAction.NODE_CREATED && c.subjectId().equals(subjectId) && linked(c)) {
                bringingBack.add(step(c));
            }
        }
        return standing.stream()
                .filter(c -> !(c.isRelationship() && linked(c) && bringingBack.contains(step(c))))
                .toList();
    }

    private static boolean concerns(Change c, String subjectId, boolean node) {
        if (subjectId.equals(c.subjectId())) {
            return true;
        }
        if (node) {
            Map<String, Object> state = state(c);
            return c.isRelationship()
                    && state != null
                    && (subjectId.equals(state.get("from")) || subjectId.equals(state.get("to")));
        }
        return c.action() == ChangeAction.NODE_DELETED
                && c.before() != null
                && ChangeStates.relationships(c.before()).stream().anyMatch(r -> subjectId.equals(r.get("id")));
    }

    private static boolean linked(Change c) {
        return c.undoes() != null || c.redoes() != null || c.restores() != null;
    }

    /** Which undo, redo or restore of whom a change was part of. */
    private static List<Object> step(Change c) {
        return List.of(c.user(), String.valueOf(c.undoes()), String.valueOf(c.redoes()), String.valueOf(c.restores()));
    }

    /**
     * The refusal: "Not undone: ana changed 'D' (description) at 14:02 and connected it to 'Acme' at
     * 14:03". Each person's run of changes is named once, runs follow each other with "then"; a time
     * of another day than {@code now} says the day too ("on 3 May at 14:02"). At most {@value #NAMED}
     * changes are named, and the rest counted.
     *
     * @param refusal     what did not happen: "Not undone", "Not redone", "Not restored"
     * @param subjectId   the node (or relationship) the changes concern
     * @param subjectName what to call it the first time: later it is "it"
     * @param node        true when the subject is a node, false for a relationship
     * @param changes     the changes to name, oldest first; not empty
     */
    static String sentence(
            String refusal, String subjectId, String subjectName, boolean node, List<Change> changes, Instant now) {
        List<String> runs = new ArrayList<>();
        List<String> items = new ArrayList<>();
        String user = null;
        boolean named = false;
        List<Change> shown = changes.subList(0, Math.min(NAMED, changes.size()));
        for (Change c : shown) {
            if (user != null && !user.equals(c.user())) {
                runs.add(user + " " + list(items));
                items.clear();
            }
            user = c.user();
            String self = node && named ? "it" : "'" + subjectName + "'";
            items.add(what(c, subjectId, self, node) + " " + when(c.at(), now));
            named |= node && mentions(c, subjectId);
        }
        runs.add(user + " " + list(items));
        int more = changes.size() - shown.size();
        return refusal + ": " + String.join(", then ", runs)
                + (more > 0 ? " (and " + more + (more == 1 ? " more change" : " more changes") + " since)" : "");
    }

    /** What a change did, in words: "changed 'D' (description)", "connected it to 'Acme'". */
    private static String what(Change c, String subjectId, String self, boolean node) {
        if (c.isRelationship()) {
            Map<String, Object> state = state(c);
            String from = name(state, "from");
            String to = name(state, "to");
            boolean created = c.action() == ChangeAction.RELATIONSHIP_CREATED;
            String verb = created ? "connected " : "disconnected ";
            String preposition = created ? " to " : " from ";
            if (node && subjectId.equals(state.get("from"))) {
                return verb + self + preposition + to;
            }
            if (node && subjectId.equals(state.get("to"))) {
                return verb + self + preposition + from;
            }
            return verb + from + preposition + to;
        }
        String who = subjectId.equals(c.subjectId()) ? self : "'" + c.subjectName() + "'";
        return switch (c.action()) {
            case NODE_CREATED -> linked(c) ? "brought " + who + " back" : "added " + who;
            case NODE_UPDATED -> "changed " + who + " (" + String.join(", ", fields(c)) + ")";
            case NODE_DELETED -> "deleted " + who;
            default -> c.summary();
        };
    }

    private static boolean mentions(Change c, String subjectId) {
        if (subjectId.equals(c.subjectId())) {
            return true;
        }
        Map<String, Object> state = state(c);
        return c.isRelationship()
                && state != null
                && (subjectId.equals(state.get("from")) || subjectId.equals(state.get("to")));
    }

    /** The fields a change of a node set to other values: the name first, then its properties by key. */
    static List<String> fields(Change c) {
        if (c.before() == null || c.after() == null) {
            return List.of();
        }
        Set<String> fields = new LinkedHashSet<>();
        if (!Objects.equals(c.before().get("name"), c.after().get("name"))) {
            fields.add("name");
        }
        Map<String, Object> was = ChangeStates.properties(c.before().get("properties"));
        Map<String, Object> now = ChangeStates.properties(c.after().get("properties"));
        Set<String> keys = new TreeSet<>(was.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            if (!Objects.equals(MapNode.comparable(was.get(key)), MapNode.comparable(now.get(key)))) {
                fields.add(key);
            }
        }
        return List.copyOf(fields);
    }

    /** "at 14:02" on the day of {@code now}, London time; "on 3 May at 14:02" on another day. */
    static String when(Instant at, Instant now) {
        ZonedDateTime then = at.atZone(ZONE);
        String time = "at " + TIME.format(then);
        return then.toLocalDate().equals(LocalDate.ofInstant(now, ZONE)) ? time : "on " + DAY.format(then) + " " + time;
    }

    private static String list(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static Map<String, Object> state(Change c) {
        return c.after() != null ? c.after() : c.before();
    }

    private static String name(Map<String, Object> state, String end) {
        return "'" + state.getOrDefault(end + "Name", state.get(end)) + "'";
    }
}

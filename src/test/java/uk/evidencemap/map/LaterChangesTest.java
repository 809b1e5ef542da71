package uk.evidencemap.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;

/** Which of others' later changes stand in the way of an undo, redo or restore, and how a refusal names them. */
class LaterChangesTest {

    static final String D = "node-d";
    static final String ACME = "node-acme";
    /** 3 May 2026, 14:02 in London (British Summer Time). */
    static final Instant T1402 = Instant.parse("2026-05-03T13:02:00Z");

    static final Instant EVENING = Instant.parse("2026-05-03T18:00:00Z");

    long seq = 100;

    @Test
    void aRefusalNamesThePersonWhatTheyDidAndWhenAndCallsTheNodeItAfterTheFirstTime() {
        List<Change> changes = List.of(
                changed(
                        "ana",
                        D,
                        "D",
                        Map.of("role", "PRACTITIONER"),
                        Map.of("role", "PRACTITIONER", "description", "x"),
                        0),
                connected("ana", D, "D", ACME, "Acme", 1));

        assertThat(LaterChanges.sentence("Not undone", D, "D", true, changes, EVENING))
                .isEqualTo("Not undone: ana changed 'D' (description) at 14:02 and connected it to 'Acme' at 14:03");
    }

    @Test
    void eachPersonsRunIsNamedOnceAndRunsFollowEachOther() {
        List<Change> changes = List.of(
                changed("ana", D, "D", Map.of(), Map.of("description", "x"), 0),
                connected("ben", ACME, "Acme", D, "D", 3),
                deleted("ben", D, "D", 4),
                changed("ana", ACME, "Acme", Map.of(), Map.of("description", "y"), 5));

        assertThat(LaterChanges.sentence("Not redone", D, "D", true, changes, EVENING))
                .isEqualTo("Not redone: ana changed 'D' (description) at 14:02, then ben connected it to 'Acme'"
                        + " at 14:05 and deleted it at 14:06, then ana changed 'Acme' (description) at 14:07");
    }

    @Test
    void aChangeOfAnotherDaySaysTheDayAndMoreThanFiveAreCounted() {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            changes.add(changed("ana", D, "D", Map.of("severity", i), Map.of("severity", i + 1), i));
        }

        assertThat(LaterChanges.sentence("Not undone", D, "D", true, changes, Instant.parse("2026-05-05T09:00:00Z")))
                .isEqualTo("Not undone: ana changed 'D' (severity) on 3 May at 14:02, changed it (severity) on 3 May"
                        + " at 14:03, changed it (severity) on 3 May at 14:04, changed it (severity) on 3 May at"
                        + " 14:05 and changed it (severity) on 3 May at 14:06 (and 2 more changes since)");
    }

    @Test
    void aRelationshipIsNamedByItsEnds() {
        Change again = connected("ben", "a", "A", "b", "B", 0);

        assertThat(LaterChanges.sentence("Not undone", "r1", "A collaborates with B", false, List.of(again), EVENING))
                .isEqualTo("Not undone: ben connected 'A' to 'B' at 14:02");
        assertThat(LaterChanges.sentence(
                        "Not undone",
                        "r1",
                        "A collaborates with B",
                        false,
                        List.of(deleted("ben", "b", "B", 1)),
                        EVENING))
                .isEqualTo("Not undone: ben deleted 'B' at 14:03");
    }

    @Test
    void theFieldsOfAChangeAreTheNameFirstThenItsPropertiesByKeyAndNumbersCompareByValue() {
        Change c = change(
                "ana",
                ChangeAction.NODE_UPDATED,
                D,
                "Person",
                "D2",
                node("D", Map.of("severity", 3, "role", "PRACTITIONER", "description", "x")),
                node("D2", Map.of("severity", 3L, "role", "COMMISSIONER", "email", "d@example.org")),
                0);

        assertThat(LaterChanges.fields(c)).containsExactly("name", "description", "email", "role");
    }

    @Test
    void onlyOthersChangesThatStillStandAreInTheWay() {
        long mine = seq;
        Change ownLater = changed("ana", D, "D", Map.of(), Map.of("description", "mine"), 0);
        Change takenBack = changed("ben", D, "D", Map.of(), Map.of("description", "his"), 1);
        Change undoOfIt = withLinks(
                changed("ben", D, "D", Map.of("description", "his"), Map.of(), 2), takenBack.seq(), null, null);
        Change standing = connected("ben", D, "D", ACME, "Acme", 3);
        Change otherNodeDeleted = change(
                "ben",
                ChangeAction.NODE_DELETED,
                ACME,
                "Organisation",
                "Acme",
                nodeWithRelationship("Acme", "r9", D, ACME),
                null,
                4);
        Change undoOfAnOlderChange = withLinks(
                changed("ben", D, "D", Map.of("severity", 2), Map.of("severity", 1), 5), mine - 10, null, null);

        List<Change> touching =
                List.of(ownLater, undone(takenBack), undoOfIt, standing, otherNodeDeleted, undoOfAnOlderChange);

        assertThat(LaterChanges.byOthers(touching, D, true, mine, "ana"))
                .containsExactly(standing, undoOfAnOlderChange);
    }

    @Test
    void theRelationshipsARestoreBroughtBackAreThatRestore() {
        long mine = seq;
        Change back = withLinks(
                change("ben", ChangeAction.NODE_CREATED, D, "Person", "D", null, node("D", Map.of()), 0),
                null,
                null,
                mine);
        Change itsRelationship = withLinks(connected("ben", D, "D", ACME, "Acme", 0), null, null, mine);
        Change later = connected("ben", "node-x", "X", D, "D", 1);

        assertThat(LaterChanges.byOthers(List.of(back, itsRelationship, later), D, true, mine, "ana"))
                .containsExactly(back, later);
        assertThat(LaterChanges.sentence("Not restored", D, "D", true, List.of(back, later), EVENING))
                .isEqualTo("Not restored: ben brought 'D' back at 14:02 and connected it to 'X' at 14:03");
    }

    @Test
    void forARelationshipTheDeletionOfAnEndThatTookItAlongIsInTheWay() {
        long mine = seq;
        Change endDeleted = change(
                "ben",
                ChangeAction.NODE_DELETED,
                "b",
                "Person",
                "B",
                nodeWithRelationship("B", "r1", "a", "b"),
                null,
                0);

        assertThat(LaterChanges.byOthers(List.of(endDeleted), "r1", false, mine, "ana"))
                .containsExactly(endDeleted);
        assertThat(LaterChanges.byOthers(List.of(endDeleted), "r2", false, mine, "ana"))
                .isEmpty();
    }

    private Change changed(
            String user, String id, String name, Map<String, Object> before, Map<String, Object> after, int minutes) {
        return change(
                user, ChangeAction.NODE_UPDATED, id, "Person", name, node(name, before), node(name, after), minutes);
    }

    private Change deleted(String user, String id, String name, int minutes) {
        return change(user, ChangeAction.NODE_DELETED, id, "Person", name, node(name, Map.of()), null, minutes);
    }

    private Change connected(String user, String from, String fromName, String to, String toName, int minutes) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", "r-" + from + "-" + to);
        state.put("type", "WORKS_FOR");
        state.put("verb", "works for");
        state.put("from", from);
        state.put("to", to);
        state.put("fromName", fromName);
        state.put("toName", toName);
        state.put("properties", Map.of());
        return change(
                user,
                ChangeAction.RELATIONSHIP_CREATED,
                "r-" + from + "-" + to,
                Change.RELATIONSHIP,
                fromName + " works for " + toName,
                null,
                state,
                minutes);
    }

    private Change change(
            String user,
            ChangeAction action,
            String id,
            String type,
            String name,
            Map<String, Object> before,
            Map<String, Object> after,
            int minutes) {
        return new Change(
                ++seq,
                T1402.plusSeconds(60L * minutes),
                user,
                "area",
                action,
                id,
                type,
                name,
                before,
                after,
                null,
                null,
                null,
                false,
                "instance");
    }

    private static Change withLinks(Change c, Long undoes, Long redoes, Long restores) {
        return new Change(
                c.seq(),
                c.at(),
                c.user(),
                c.areaId(),
                c.action(),
                c.subjectId(),
                c.subjectType(),
                c.subjectName(),
                c.before(),
                c.after(),
                undoes,
                redoes,
                restores,
                c.undone(),
                c.instance());
    }

    private static Change undone(Change c) {
        return new Change(
                c.seq(),
                c.at(),
                c.user(),
                c.areaId(),
                c.action(),
                c.subjectId(),
                c.subjectType(),
                c.subjectName(),
                c.before(),
                c.after(),
                c.undoes(),
                c.redoes(),
                c.restores(),
                true,
                c.instance());
    }

    private static Map<String, Object> node(String name, Map<String, Object> properties) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", "Person");
        state.put("name", name);
        state.put("version", 0);
        state.put("properties", properties);
        return state;
    }

    private static Map<String, Object> nodeWithRelationship(String name, String relationship, String from, String to) {
        Map<String, Object> state = node(name, Map.of());
        state.put("relationships", List.of(Map.of("id", relationship, "type", "WORKS_FOR", "from", from, "to", to)));
        return state;
    }
}

package uk.evidencemap.changelog.api;

import java.time.Instant;
import java.util.Map;
import uk.evidencemap.changelog.Change;

/** A change record as the API gives it (API.md: seq, at, user, action, subject, before, after). */
public record ChangeJson(
        long seq,
        Instant at,
        String user,
        String action,
        Subject subject,
        Map<String, Object> before,
        Map<String, Object> after,
        Long undoes,
        Long redoes,
        Long restores,
        String summary) {

    public record Subject(String id, String type, String name) {}

    public static ChangeJson of(Change c) {
        return new ChangeJson(
                c.seq(),
                c.at(),
                c.user(),
                c.action().name(),
                new Subject(c.subjectId(), c.subjectType(), c.subjectName()),
                c.before(),
                c.after(),
                c.undoes(),
                c.redoes(),
                c.restores(),
                c.summary());
    }
}

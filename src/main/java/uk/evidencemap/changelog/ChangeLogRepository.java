package uk.evidencemap.changelog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** All Cypher of the change log. States are kept as JSON text (Neo4j properties cannot hold maps). */
@Repository
class ChangeLogRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> STATE = new TypeReference<>() {};
    private static final String CHANGE = "c {.*} AS c";
    /** The action of a comment, which map reads, undo and redo pass over. */
    private static final String COMMENT = ChangeAction.COMMENT_ADDED.name();

    private final Neo4jClient client;

    ChangeLogRepository(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Appends a change with the next number. The number is taken by writing the sequence node,
     * whose lock is held until the transaction ends: numbers therefore commit in order.
     */
    Change append(
            String areaId,
            String user,
            ChangeAction action,
            String subjectId,
            String subjectType,
            String subjectName,
            Map<String, Object> before,
            Map<String, Object> after,
            Long undoes,
            Long redoes,
            Long restores,
            String instance) {
        Map<String, Object> params = new HashMap<>();
        params.put("areaId", areaId);
        params.put("user", user);
        params.put("action", action.name());
        params.put("subjectId", subjectId);
        params.put("subjectType", subjectType);
        params.put("subjectName", subjectName);
        params.put("before", before == null ? null : JSON.writeValueAsString(before));
        params.put("after", after == null ? null : JSON.writeValueAsString(after));
        params.put("undoes", undoes);
        params.put("redoes", redoes);
        params.put("restores", restores);
        params.put("instance", instance);
        return client.query("""
                        MATCH (s:ChangeSequence {name: 'global'})
                        SET s.value = s.value + 1
                        CREATE (c:Change {seq: s.value, areaId: $areaId, at: datetime(), user: $user,
                                action: $action, subjectId: $subjectId, subjectType: $subjectType,
                                subjectName: $subjectName, before: $before, after: $after, undoes: $undoes,
                                redoes: $redoes, restores: $restores, undone: false, instance: $instance})
                        RETURN\s""" + CHANGE)
                .bindAll(params)
                .fetch()
                .one()
                .map(ChangeLogRepository::toChange)
                .orElseThrow();
    }

    void markUndone(long seq, boolean undone) {
        client.query("MATCH (c:Change {seq: $seq}) SET c.undone = $undone")
                .bindAll(Map.of("seq", seq, "undone", undone))
                .run();
    }

    void markRedone(long seq) {
        client.query("MATCH (c:Change {seq: $seq}) SET c.redone = true")
                .bind(seq)
                .to("seq")
                .run();
    }

    long lastSeq() {
        return client.query("MATCH (s:ChangeSequence {name: 'global'}) RETURN s.value")
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
    }

    /** Changes of every area after {@code seq}, oldest first: what a follower has not seen yet. */
    List<Change> after(long seq, int limit) {
        return client
                .query("MATCH (c:Change) WHERE c.seq > $seq RETURN " + CHANGE + " ORDER BY c.seq LIMIT $limit")
                .bindAll(Map.of("seq", seq, "limit", limit))
                .fetch()
                .all()
                .stream()
                .map(ChangeLogRepository::toChange)
                .toList();
    }

    /** An area's changes after {@code seq}, oldest first. */
    List<Change> area(String areaId, long afterSeq, int limit) {
        return client
                .query("""
                        MATCH (c:Change {areaId: $areaId}) WHERE c.seq > $seq
                        RETURN\s""" + CHANGE + " ORDER BY c.seq LIMIT $limit")
                .bindAll(Map.of("areaId", areaId, "seq", afterSeq, "limit", limit))
                .fetch()
                .all()
                .stream()
                .map(ChangeLogRepository::toChange)
                .toList();
    }

    List<Change> mapChangesAfter(String areaId, long afterSeq, int limit) {
        return client
                .query("""
                        MATCH (c:Change {areaId: $areaId}) WHERE c.seq > $seq AND c.action <> $comment
                        RETURN\s""" + CHANGE + " ORDER BY c.seq LIMIT $limit")
                .bindAll(Map.of("areaId", areaId, "seq", afterSeq, "limit", limit, "comment", COMMENT))
                .fetch()
                .all()
                .stream()
                .map(ChangeLogRepository::toChange)
                .toList();
    }

    /** Of these areas, those with a map change (not a comment) numbered after {@code afterSeq}. */
    Set<String> areasWithMapChangesAfter(Collection<String> areaIds, long afterSeq) {
        return Set.copyOf(client.query("""
                        UNWIND $areaIds AS areaId
                        MATCH (c:Change {areaId: areaId}) WHERE c.seq > $seq AND c.action <> $comment
                        RETURN DISTINCT areaId""")
                .bindAll(Map.of("areaIds", List.copyOf(areaIds), "seq", afterSeq, "comment", COMMENT))
                .fetchAs(String.class)
                .all());
    }

    /** An area's map changes up to and including {@code until}, oldest first: what a replay applies. */
    List<Change> mapChangesUntil(String areaId, Instant until) {
        return client
                .query("""
                        MATCH (c:Change {areaId: $areaId}) WHERE c.at <= $until AND c.action <> $comment
                        RETURN\s""" + CHANGE + " ORDER BY c.seq")
                .bindAll(Map.of("areaId", areaId, "until", until.atZone(ZoneOffset.UTC), "comment", COMMENT))
                .fetch()
                .all()
                .stream()
                .map(ChangeLogRepository::toChange)
                .toList();
    }

    /** The newest changes of an area first, optionally of one person, one action, one subject, from a time. */
    List<Change> feed(
            String areaId, String user, List<String> actions, String subjectId, Instant from, Instant to, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("areaId", areaId);
        params.put("user", user);
        params.put("actions", actions);
        params.put("subjectId", subjectId);
        params.put("from", from == null ? null : from.atZone(ZoneOffset.UTC));
        params.put("to", to == null ? null : to.atZone(ZoneOffset.UTC));
        params.put("limit", limit);
        return client.query("""
                        MATCH (c:Change {areaId: $areaId})
                        WHERE ($user IS NULL OR c.user = $user)
                          AND ($actions IS NULL OR c.action IN $actions)
                          AND ($subjectId IS NULL OR c.subjectId = $subjectId
                               OR c.after CONTAINS $subjectId OR c.before CONTAINS $subjectId)
                          AND ($from IS NULL OR c.at >= $from)
                          AND ($to IS NULL OR c.at < $to)
                        RETURN\s""" + CHANGE + " ORDER BY c.seq DESC LIMIT $limit").bindAll(params).fetch().all().stream()
                .map(ChangeLogRepository::toChange)
                .toList();
    }

    /** The people who changed or commented on an area, by name. */
    List<String> people(String areaId) {
        return client
                .query("MATCH (c:Change {areaId: $areaId}) RETURN DISTINCT c.user AS user ORDER BY user")
                .bind(areaId)
                .to("areaId")
                .fetchAs(String.class)
                .all()
                .stream()
                .toList();
    }

    /** The newest change of {@code user} in an area that undo would take back. */
    Optional<Change> lastUndoable(String areaId, String user) {
        return client.query("""
                        MATCH (c:Change {areaId: $areaId})
                        WHERE c.user = $user AND c.action <> $comment AND c.undoes IS NULL
                          AND c.restores IS NULL AND NOT c.undone
                        RETURN\s""" + CHANGE + " ORDER BY c.seq DESC LIMIT 1")
                .bindAll(Map.of("areaId", areaId, "user", user, "comment", COMMENT))
                .fetch()
                .one()
                .map(ChangeLogRepository::toChange);
    }

    /**
     * The newest undo of {@code user} in an area that redo would take back: only while the person
     * has made no new change of their own since (a new change ends the redo stack, as in an editor).
     */
    Optional<Change> lastRedoable(String areaId, String user) {
        return client.query("""
                        MATCH (u:Change {areaId: $areaId})
                        WHERE u.user = $user AND u.undoes IS NOT NULL AND NOT coalesce(u.redone, false)
                          AND NOT EXISTS {
                            MATCH (o:Change {areaId: $areaId})
                            WHERE o.seq > u.seq AND o.user = $user AND o.action <> $comment
                              AND o.undoes IS NULL AND o.redoes IS NULL
                          }
                        WITH u ORDER BY u.seq DESC LIMIT 1
                        RETURN u {.*} AS c""")
                .bindAll(Map.of("areaId", areaId, "user", user, "comment", COMMENT))
                .fetch()
                .one()
                .map(ChangeLogRepository::toChange);
    }

    Optional<Change> find(String areaId, long seq) {
        return client.query("MATCH (c:Change {seq: $seq, areaId: $areaId}) RETURN " + CHANGE)
                .bindAll(Map.of("seq", seq, "areaId", areaId))
                .fetch()
                .one()
                .map(ChangeLogRepository::toChange);
    }

    /**
     * An area's map changes after {@code afterSeq} that concern one node or relationship: changes of
     * it, and changes whose states mention its id (relationships from or to a node, a node deleted
     * with a relationship). Oldest first.
     */
    List<Change> touching(String areaId, String subjectId, long afterSeq) {
        return client
                .query("""
                        MATCH (c:Change {areaId: $areaId})
                        WHERE c.seq > $seq AND c.action <> $comment
                          AND (c.subjectId = $id OR c.before CONTAINS $id OR c.after CONTAINS $id)
                        RETURN\s""" + CHANGE + " ORDER BY c.seq")
                .bindAll(Map.of("areaId", areaId, "id", subjectId, "seq", afterSeq, "comment", COMMENT))
                .fetch()
                .all()
                .stream()
                .map(ChangeLogRepository::toChange)
                .toList();
    }

    /** The newest change of one subject (a node or relationship), if any. */
    Optional<Change> lastOf(String subjectId) {
        return client.query("MATCH (c:Change {subjectId: $id}) WHERE c.action <> $comment RETURN " + CHANGE
                        + " ORDER BY c.seq DESC LIMIT 1")
                .bindAll(Map.of("id", subjectId, "comment", COMMENT))
                .fetch()
                .one()
                .map(ChangeLogRepository::toChange);
    }

    @SuppressWarnings("unchecked")
    private static Change toChange(Map<String, Object> row) {
        Map<String, Object> c = (Map<String, Object>) row.get("c");
        return new Change(
                ((Number) c.get("seq")).longValue(),
                instant(c.get("at")),
                (String) c.get("user"),
                (String) c.get("areaId"),
                ChangeAction.valueOf((String) c.get("action")),
                (String) c.get("subjectId"),
                (String) c.get("subjectType"),
                (String) c.get("subjectName"),
                state(c.get("before")),
                state(c.get("after")),
                number(c.get("undoes")),
                number(c.get("redoes")),
                number(c.get("restores")),
                Boolean.TRUE.equals(c.get("undone")),
                (String) c.get("instance"));
    }

    private static Instant instant(Object value) {
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("A change without a time: " + value);
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Map<String, Object> state(Object json) {
        return json == null ? null : JSON.readValue((String) json, STATE);
    }
}

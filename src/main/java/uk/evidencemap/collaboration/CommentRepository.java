package uk.evidencemap.collaboration;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** All Cypher of comments and of what each person has read. */
@Repository
class CommentRepository {

    private final Neo4jClient client;

    CommentRepository(Neo4jClient client) {
        this.client = client;
    }

    Comment add(Comment comment) {
        client.query("""
                        CREATE (:Comment {id: $id, areaId: $areaId, subjectId: $subjectId, author: $author,
                                text: $text, at: $at, mentions: $mentions})""")
                .bindAll(Map.of(
                        "id",
                        comment.id(),
                        "areaId",
                        comment.areaId(),
                        "subjectId",
                        comment.subjectId(),
                        "author",
                        comment.author(),
                        "text",
                        comment.text(),
                        "at",
                        comment.at().atZone(ZoneOffset.UTC),
                        "mentions",
                        comment.mentions()))
                .run();
        return comment;
    }

    List<Comment> of(String areaId, String subjectId) {
        return client.query("""
                        MATCH (c:Comment {areaId: $areaId, subjectId: $subjectId})
                        RETURN c {.*} AS c ORDER BY c.at, c.id""").bindAll(Map.of("areaId", areaId, "subjectId", subjectId)).fetch().all().stream()
                .map(CommentRepository::toComment)
                .toList();
    }

    /** Whether a node or relationship of the area (or a catalogue programme its map uses) has this id. */
    boolean subjectExists(String areaId, String subjectId) {
        return client.query("""
                        RETURN EXISTS { MATCH (n:Entity {id: $id}) WHERE n.areaId = $areaId OR n:Programme }
                            OR EXISTS { MATCH (:Entity {areaId: $areaId})-[r]-() WHERE r.id = $id }""")
                .bindAll(Map.of("areaId", areaId, "id", subjectId))
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    void markRead(String username, String areaId, String subjectId, Instant at) {
        client.query("""
                        MERGE (r:CommentRead {username: $username, areaId: $areaId, subjectId: $subjectId})
                        SET r.at = $at""")
                .bindAll(Map.of(
                        "username",
                        username,
                        "areaId",
                        areaId,
                        "subjectId",
                        subjectId,
                        "at",
                        at.atZone(ZoneOffset.UTC)))
                .run();
    }

    /** Per subject: comments by others since the person last read it, and whether any of them names them. */
    Map<String, CommentService.Unread> unread(String username, String areaId) {
        Map<String, CommentService.Unread> unread = new HashMap<>();
        client.query("""
                        MATCH (c:Comment {areaId: $areaId}) WHERE c.author <> $username
                        OPTIONAL MATCH (r:CommentRead {username: $username, areaId: $areaId, subjectId: c.subjectId})
                        WITH c, r WHERE r IS NULL OR c.at > r.at
                        RETURN c.subjectId AS subject, count(c) AS count,
                               any(m IN collect($username IN c.mentions) WHERE m) AS mentioned""")
                .bindAll(Map.of("username", username, "areaId", areaId))
                .fetch()
                .all()
                .forEach(row -> unread.put(
                        (String) row.get("subject"),
                        new CommentService.Unread(
                                ((Number) row.get("count")).intValue(), Boolean.TRUE.equals(row.get("mentioned")))));
        return unread;
    }

    /** The area's members and the people who may see every area, by username: whom a comment may mention. */
    Map<String, String> people(String areaId) {
        Map<String, String> people = new TreeMap<>();
        client.query("""
                        MATCH (u:User) WHERE u.enabled
                          AND (EXISTS { (u)-[:MEMBER_OF]->(:Area {id: $areaId}) } OR u.globalRole IS NOT NULL)
                        RETURN u.username AS username, coalesce(u.displayName, u.username) AS name""")
                .bind(areaId)
                .to("areaId")
                .fetch()
                .all()
                .forEach(row -> people.put((String) row.get("username"), (String) row.get("name")));
        return people;
    }

    @SuppressWarnings("unchecked")
    private static Comment toComment(Map<String, Object> row) {
        Map<String, Object> c = (Map<String, Object>) row.get("c");
        return new Comment(
                (String) c.get("id"),
                (String) c.get("areaId"),
                (String) c.get("subjectId"),
                (String) c.get("author"),
                (String) c.get("text"),
                ((ZonedDateTime) c.get("at")).toInstant(),
                List.copyOf((List<String>) c.getOrDefault("mentions", List.of())));
    }
}

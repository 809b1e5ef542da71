package uk.evidencemap.security;

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
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** All Cypher for users, memberships and API tokens. */
@Repository
class UserRepository {

    /** A user row including the password hash, for sign-in only. */
    record Credentials(AppUser user, String passwordHash, long failedAttempts) {}

    private static final String USER = """
            u.username AS username, u.displayName AS displayName, u.globalRole AS globalRole,
            u.enabled AS enabled, u.lockedUntil AS lockedUntil, u.passwordHash AS passwordHash,
            coalesce(u.failedAttempts, 0) AS failedAttempts,
            COLLECT { MATCH (u)-[m:MEMBER_OF]->(a:Area) RETURN {area: a.id, role: m.role} } AS memberships""";

    private final Neo4jClient client;

    UserRepository(Neo4jClient client) {
        this.client = client;
    }

    boolean exists(String username) {
        return client.query("MATCH (u:User {username: $username}) RETURN count(u) > 0")
                .bind(username)
                .to("username")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    boolean areaExists(String areaId) {
        return client.query("MATCH (a:Area {id: $id}) RETURN count(a) > 0")
                .bind(areaId)
                .to("id")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    long count() {
        return client.query("MATCH (u:User) RETURN count(u)")
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
    }

    Optional<Credentials> credentials(String username) {
        return client.query("MATCH (u:User {username: $username}) RETURN " + USER)
                .bind(username)
                .to("username")
                .fetch()
                .one()
                .map(UserRepository::toCredentials);
    }

    List<AppUser> findAll() {
        return client.query("MATCH (u:User) RETURN " + USER + " ORDER BY u.username").fetch().all().stream()
                .map(r -> toCredentials(r).user())
                .toList();
    }

    void create(String username, String displayName, String passwordHash, GlobalRole role) {
        Map<String, Object> params = new HashMap<>();
        params.put("username", username);
        params.put("displayName", displayName);
        params.put("passwordHash", passwordHash);
        params.put("globalRole", role == null ? null : role.name());
        client.query("""
                        CREATE (u:User {username: $username, displayName: $displayName, passwordHash: $passwordHash,
                                enabled: true, failedAttempts: 0, createdAt: datetime()})
                        SET u.globalRole = $globalRole""").bindAll(params).run();
    }

    void setPassword(String username, String passwordHash) {
        client.query("""
                        MATCH (u:User {username: $username})
                        SET u.passwordHash = $passwordHash, u.failedAttempts = 0
                        REMOVE u.lockedUntil""")
                .bindAll(Map.of("username", username, "passwordHash", passwordHash))
                .run();
    }

    void setEnabled(String username, boolean enabled) {
        client.query("MATCH (u:User {username: $username}) SET u.enabled = $enabled")
                .bindAll(Map.of("username", username, "enabled", enabled))
                .run();
    }

    void setGlobalRole(String username, GlobalRole role) {
        Map<String, Object> params = new HashMap<>();
        params.put("username", username);
        params.put("globalRole", role == null ? null : role.name());
        client.query("MATCH (u:User {username: $username}) SET u.globalRole = $globalRole")
                .bindAll(params)
                .run();
    }

    void setDisplayName(String username, String displayName) {
        Map<String, Object> params = new HashMap<>();
        params.put("username", username);
        params.put("displayName", displayName);
        client.query("MATCH (u:User {username: $username}) SET u.displayName = $displayName")
                .bindAll(params)
                .run();
    }

    void setMembership(String username, String areaId, AreaRole role) {
        client.query("""
                        MATCH (u:User {username: $username}), (a:Area {id: $areaId})
                        MERGE (u)-[m:MEMBER_OF]->(a)
                        SET m.role = $role""")
                .bindAll(Map.of("username", username, "areaId", areaId, "role", role.name()))
                .run();
    }

    boolean removeMembership(String username, String areaId) {
        return client.query("""
                        MATCH (:User {username: $username})-[m:MEMBER_OF]->(:Area {id: $areaId})
                        DELETE m
                        RETURN count(m) > 0""")
                .bindAll(Map.of("username", username, "areaId", areaId))
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    Optional<AreaRole> membership(String username, String areaId) {
        return client.query("""
                        MATCH (:User {username: $username})-[m:MEMBER_OF]->(:Area {id: $areaId})
                        RETURN m.role""")
                .bindAll(Map.of("username", username, "areaId", areaId))
                .fetchAs(String.class)
                .one()
                .map(AreaRole::valueOf);
    }

    /** Records a failed sign-in; locks the account when {@code maxFailures} is reached. Returns whether it locked. */
    boolean recordFailure(String username, int maxFailures, Instant lockUntil) {
        return client.query("""
                        MATCH (u:User {username: $username})
                        SET u.failedAttempts = coalesce(u.failedAttempts, 0) + 1
                        WITH u, u.failedAttempts >= $maxFailures AS lock
                        SET u.lockedUntil = CASE WHEN lock THEN $lockUntil ELSE u.lockedUntil END,
                            u.failedAttempts = CASE WHEN lock THEN 0 ELSE u.failedAttempts END
                        RETURN lock""")
                .bindAll(Map.of(
                        "username",
                        username,
                        "maxFailures",
                        maxFailures,
                        "lockUntil",
                        ZonedDateTime.ofInstant(lockUntil, ZoneOffset.UTC)))
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    /** Clears failed attempts after a successful sign-in; writes only when there is something to clear. */
    void recordSuccess(String username) {
        client.query("""
                        MATCH (u:User {username: $username})
                        WHERE u.failedAttempts > 0 OR u.lockedUntil IS NOT NULL
                        SET u.failedAttempts = 0
                        REMOVE u.lockedUntil""").bind(username).to("username").run();
    }

    void createToken(String username, String id, String name, String prefix, String hash) {
        client.query("""
                        MATCH (u:User {username: $username})
                        CREATE (u)-[:HAS_TOKEN]->(:ApiToken {id: $id, name: $name, prefix: $prefix, hash: $hash,
                                createdAt: datetime()})""")
                .bindAll(Map.of("username", username, "id", id, "name", name, "prefix", prefix, "hash", hash))
                .run();
    }

    List<ApiToken> tokens(String username) {
        return client.query("""
                        MATCH (:User {username: $username})-[:HAS_TOKEN]->(t:ApiToken)
                        RETURN t.id AS id, t.name AS name, t.prefix AS prefix, t.createdAt AS createdAt,
                               t.lastUsedAt AS lastUsedAt
                        ORDER BY t.createdAt""").bind(username).to("username").fetch().all().stream()
                .map(r -> new ApiToken(
                        (String) r.get("id"),
                        (String) r.get("name"),
                        (String) r.get("prefix"),
                        instant(r.get("createdAt")),
                        instant(r.get("lastUsedAt"))))
                .toList();
    }

    boolean deleteToken(String username, String id) {
        return client.query("""
                        MATCH (:User {username: $username})-[:HAS_TOKEN]->(t:ApiToken {id: $id})
                        DETACH DELETE t
                        RETURN count(t) > 0""")
                .bindAll(Map.of("username", username, "id", id))
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    /** The owner of a token hash, marking the token used. */
    Optional<String> useToken(String hash) {
        return client.query("""
                        MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {hash: $hash})
                        SET t.lastUsedAt = datetime()
                        RETURN u.username""").bind(hash).to("hash").fetchAs(String.class).one();
    }

    @SuppressWarnings("unchecked")
    private static Credentials toCredentials(Map<String, Object> row) {
        Map<String, AreaRole> memberships = new LinkedHashMap<>();
        for (Map<String, Object> m : (Collection<Map<String, Object>>) row.get("memberships")) {
            memberships.put((String) m.get("area"), AreaRole.valueOf((String) m.get("role")));
        }
        String role = (String) row.get("globalRole");
        AppUser user = new AppUser(
                (String) row.get("username"),
                (String) row.get("displayName"),
                role == null ? null : GlobalRole.valueOf(role),
                !Boolean.FALSE.equals(row.get("enabled")),
                instant(row.get("lockedUntil")),
                memberships);
        return new Credentials(
                user, (String) row.get("passwordHash"), ((Number) row.get("failedAttempts")).longValue());
    }

    private static Instant instant(Object value) {
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return value instanceof Instant i ? i : null;
    }
}

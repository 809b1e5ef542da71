package uk.evidencemap.comparison;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Snapshots as (:Snapshot) nodes, one per area and moment, the metrics kept as JSON. */
@Repository
class SnapshotRepository {

    private final Neo4jClient client;
    private final JsonMapper json;

    SnapshotRepository(Neo4jClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    void save(List<Snapshot> snapshots) {
        List<Map<String, Object>> rows = snapshots.stream()
                .map(s -> Map.<String, Object>of(
                        "id",
                        s.id(),
                        "areaId",
                        s.areaId(),
                        "takenAt",
                        s.takenAt().atOffset(ZoneOffset.UTC),
                        "takenBy",
                        s.takenBy(),
                        "trigger",
                        s.trigger().name(),
                        "illustrative",
                        s.illustrative(),
                        "metrics",
                        json.writeValueAsString(s.metrics())))
                .toList();
        client.query("""
                        UNWIND $rows AS row
                        CREATE (:Snapshot {id: row.id, areaId: row.areaId, takenAt: row.takenAt, takenBy: row.takenBy,
                                trigger: row.trigger, illustrative: row.illustrative, metrics: row.metrics})""").bind(rows).to("rows").run();
    }

    /** The snapshots of these areas, oldest first. */
    List<Snapshot> list(Collection<String> areaIds) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return client.query("""
                        MATCH (s:Snapshot) WHERE s.areaId IN $areas
                        OPTIONAL MATCH (a:Area {id: s.areaId})
                        RETURN s.id AS id, s.areaId AS areaId, coalesce(a.name, s.areaId) AS areaName,
                               s.takenAt AS takenAt, s.takenBy AS takenBy, s.trigger AS trigger,
                               s.illustrative AS illustrative, s.metrics AS metrics
                        ORDER BY s.takenAt, areaName""").bind(List.copyOf(areaIds)).to("areas").fetch().all().stream()
                .map(r -> new Snapshot(
                        (String) r.get("id"),
                        (String) r.get("areaId"),
                        (String) r.get("areaName"),
                        instant(r.get("takenAt")),
                        (String) r.get("takenBy"),
                        Snapshot.Trigger.valueOf((String) r.get("trigger")),
                        Boolean.TRUE.equals(r.get("illustrative")),
                        json.readValue((String) r.get("metrics"), AreaMetrics.class)))
                .toList();
    }

    /** Whether any snapshot exists for this area. */
    boolean exists(String areaId) {
        return client.query("MATCH (s:Snapshot {areaId: $areaId}) RETURN count(s) > 0 AS found")
                .bind(areaId)
                .to("areaId")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    private static Instant instant(Object value) {
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("A snapshot without a time: " + value);
    }
}

// Snapshots of each area's comparison metrics over time (issue 7).
CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.id IS UNIQUE;
CREATE INDEX snapshot_area IF NOT EXISTS FOR (s:Snapshot) ON (s.areaId, s.takenAt);

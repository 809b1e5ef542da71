// Identity: every node has a unique id (UUID or slug), never a Neo4j internal id.
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT intervention_id IF NOT EXISTS FOR (n:Intervention) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT need_id IF NOT EXISTS FOR (n:Need) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT barrier_id IF NOT EXISTS FOR (n:Barrier) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enabler_id IF NOT EXISTS FOR (n:Enabler) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;

// An area's ONS code is unique (it may be absent).
CREATE CONSTRAINT area_ons_code IF NOT EXISTS FOR (a:Area) REQUIRE a.onsCode IS UNIQUE;

// Everything area-scoped is found by its area.
CREATE INDEX entity_area IF NOT EXISTS FOR (n:Entity) ON (n.areaId);

// Names are searched and sorted.
CREATE INDEX area_name IF NOT EXISTS FOR (n:Area) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX programme_name IF NOT EXISTS FOR (n:Programme) ON (n.name);
CREATE INDEX intervention_name IF NOT EXISTS FOR (n:Intervention) ON (n.name);
CREATE INDEX need_name IF NOT EXISTS FOR (n:Need) ON (n.name);
CREATE INDEX barrier_name IF NOT EXISTS FOR (n:Barrier) ON (n.name);
CREATE INDEX enabler_name IF NOT EXISTS FOR (n:Enabler) ON (n.name);
CREATE INDEX evidence_name IF NOT EXISTS FOR (n:Evidence) ON (n.name);

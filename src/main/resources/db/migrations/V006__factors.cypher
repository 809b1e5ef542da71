// The wider context (issue 15): Factor nodes, like every other type, have a unique id and a searched name.
CREATE CONSTRAINT factor_id IF NOT EXISTS FOR (n:Factor) REQUIRE n.id IS UNIQUE;
CREATE INDEX factor_name IF NOT EXISTS FOR (n:Factor) ON (n.name);

/**
 * The connection to Neo4j: the embedded Community database (the default) or a server named by
 * NEO4J_URI, reached through the Bolt driver either way, the versioned schema migrations applied
 * at start-up, and the retry of transient database errors around every service call
 * ({@link uk.evidencemap.database.TransientRetry}). Second floor, beside taxonomy: it may depend on
 * base only.
 */
package uk.evidencemap.database;

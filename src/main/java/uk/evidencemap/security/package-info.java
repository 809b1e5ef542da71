/**
 * Who may do what: users, area memberships and personal API tokens kept in Neo4j; sign-in for the
 * UI (sessions) and the API (HTTP Basic or a bearer token, stateless) with lock-outs; the per-area
 * access rules method security calls ({@code @access}); the current and the system user; one's own
 * account and, for administrators, users and memberships. Third floor: above base, taxonomy and
 * database.
 */
package uk.evidencemap.security;

package uk.evidencemap.security;

import java.time.Instant;

/**
 * A personal API token as its owner sees it: never the secret itself, which is shown once
 * when the token is made and stored only as a hash.
 *
 * @param prefix the first characters of the secret, so that a person can tell tokens apart
 */
public record ApiToken(String id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {}

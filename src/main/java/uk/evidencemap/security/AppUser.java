package uk.evidencemap.security;

import java.time.Instant;
import java.util.Map;

/**
 * A user as the admin screens and the API see it; never carries the password hash.
 *
 * @param globalRole  ADMIN, RESEARCHER or null
 * @param lockedUntil when a lock-out after failed sign-ins ends, or null
 * @param memberships area id to role
 */
public record AppUser(
        String username,
        String displayName,
        GlobalRole globalRole,
        boolean enabled,
        Instant lockedUntil,
        Map<String, AreaRole> memberships) {

    public AppUser {
        memberships = Map.copyOf(memberships);
    }

    public boolean locked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}

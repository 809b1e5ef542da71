package uk.evidencemap.security;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The per-area access rules, used by method security as {@code @access.canRead(#areaId)} and
 * by views to decide what to show. Administrators may do everything; researchers read every
 * area and change nothing; everyone else reads the areas they are members of and edits those
 * where they are EDITOR. An area that does not exist is left to the service, which says so
 * with a 404, rather than refused.
 */
@Component("access")
public class AreaAccess {

    private final UserRepository users;
    private final CurrentUser current;

    AreaAccess(UserRepository users, CurrentUser current) {
        this.users = users;
        this.current = current;
    }

    public boolean canRead(String areaId) {
        if (current.isAdmin() || current.isResearcher()) {
            return current.authentication().isPresent();
        }
        Optional<String> username = current.username();
        return username.isPresent() && (users.membership(username.get(), areaId).isPresent() || !areaExists(areaId));
    }

    public boolean canEdit(String areaId) {
        if (current.isAdmin()) {
            return true;
        }
        Optional<String> username = current.username();
        if (username.isEmpty() || current.isResearcher()) {
            return false;
        }
        Optional<AreaRole> role = users.membership(username.get(), areaId);
        return role.map(r -> r == AreaRole.EDITOR).orElseGet(() -> !areaExists(areaId));
    }

    /** The current user's role in an area, if they are a member. */
    public Optional<AreaRole> role(String areaId) {
        return current.username().flatMap(u -> users.membership(u, areaId));
    }

    private boolean areaExists(String areaId) {
        return users.areaExists(areaId);
    }
}

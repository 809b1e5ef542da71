package uk.evidencemap.security;

import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The per-area access rules, used by method security as {@code @access.canRead(#areaId)} and
 * by views to decide what to show. Administrators may do everything; researchers read every
 * area and change nothing; everyone else reads the areas they are members of and edits those
 * where they are EDITOR. An area that does not exist is left to the service, which says so
 * with a 404, rather than refused (except that a researcher is refused any edit). Memberships are
 * read from the database on every call; global roles come from the current authentication
 * (fixed at sign-in for a UI session).
 */
@Component("access")
public class AreaAccess {

    private final UserRepository users;
    private final CurrentUser current;

    AreaAccess(UserRepository users, CurrentUser current) {
        this.users = users;
        this.current = current;
    }

    /**
     * Whether the current user may read the area.
     *
     * @return true for administrators and researchers (any area); for anyone else signed in, true
     *     when they are a member of the area (EDITOR or VIEWER) or the area does not exist; false
     *     when no one is signed in
     * @throws NullPointerException when {@code areaId} is null and the current user is signed in
     *     but neither an administrator nor a researcher
     */
    public boolean canRead(String areaId) {
        if (current.isAdmin() || current.isResearcher()) {
            return current.authentication().isPresent();
        }
        Optional<String> username = current.username();
        return username.isPresent() && (users.membership(username.get(), areaId).isPresent() || !areaExists(areaId));
    }

    /**
     * Whether the current user may read every one of the areas ({@link #canRead} of each).
     *
     * @return true when the collection is empty or each area may be read
     */
    public boolean canReadAll(Collection<String> areaIds) {
        return areaIds.stream().allMatch(this::canRead);
    }

    /**
     * Whether the current user may change the area's map and settings.
     *
     * @return true for administrators (any area); false for researchers and when no one is signed
     *     in; for anyone else, true when they are an EDITOR of the area or the area does not exist
     * @throws NullPointerException when {@code areaId} is null and the current user is signed in
     *     but neither an administrator nor a researcher
     */
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

    /**
     * The current user's role in an area, if they are a member. Global roles are not reflected:
     * an administrator who is not a member has none here.
     *
     * @return EDITOR or VIEWER; empty when they are not a member, there is no such area, or no one
     *     is signed in
     * @throws NullPointerException when {@code areaId} is null and someone is signed in
     */
    public Optional<AreaRole> role(String areaId) {
        return current.username().flatMap(u -> users.membership(u, areaId));
    }

    private boolean areaExists(String areaId) {
        return users.areaExists(areaId);
    }
}

package uk.evidencemap.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.Text;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;

/**
 * Users and area memberships: administrators only (every method throws
 * {@link AccessDeniedException} for anyone else). Each change is logged as a security event,
 * naming who made it.
 *
 * <p>Global roles and the enabled flag reach a person's rights when they sign in: an open UI
 * session keeps those it signed in with (API calls, which authenticate each time, see a change at
 * once). Memberships are read on every access check, so they take effect at the next one.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UserService {

    private static final Logger security = LoggerFactory.getLogger("uk.evidencemap.security.events");
    static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,39}$");
    static final int DISPLAY_NAME_MAX = 100;

    private final UserRepository repository;
    private final PasswordEncoder encoder;
    private final CurrentUser current;

    UserService(UserRepository repository, PasswordEncoder encoder, CurrentUser current) {
        this.repository = repository;
        this.encoder = encoder;
        this.current = current;
    }

    /**
     * Every user.
     *
     * @return the users by username, each with their global role and area memberships; empty when
     *     none
     * @throws AccessDeniedException when the current user is not an administrator
     */
    @Transactional(readOnly = true)
    public List<AppUser> users() {
        return repository.findAll();
    }

    /**
     * One user.
     *
     * @return the user; empty when there is no user with this username
     * @throws AccessDeniedException when the current user is not an administrator
     */
    @Transactional(readOnly = true)
    public Optional<AppUser> user(String username) {
        return repository.credentials(username).map(UserRepository.Credentials::user);
    }

    /**
     * Creates an enabled user with no area memberships. The password is stored only as a hash
     * (bcrypt, by Spring Security's delegating encoder).
     *
     * @param user the username (2 to 40 lower-case letters, digits, '.', '_' or '-', starting with a
     *     letter or digit), the password (12 to 128 characters, not containing the username), the
     *     display name (at most 100 characters as {@link Text} counts them, without the characters
     *     it refuses; the username when blank) and the global role (null for none: area memberships
     *     only)
     * @return the user as stored
     * @throws ValidationException listing every violation: a malformed or taken username, a password
     *     that breaks the rules, a long display name, a control or bidirectional formatting character
     * @throws AccessDeniedException when the current user is not an administrator
     */
    public AppUser create(NewUser user) {
        List<Violation> violations = new ArrayList<>();
        String username = Text.name("username", user.username(), 40, violations);
        if (violations.isEmpty() && !USERNAME.matcher(username).matches()) {
            violations.add(new Violation(
                    "username",
                    "must be 2 to 40 lower-case letters, digits, '.', '_' or '-',"
                            + " starting with a letter or digit"));
        } else if (violations.isEmpty() && repository.exists(username)) {
            violations.add(new Violation("username", "'" + username + "' is taken"));
        }
        Passwords.check("password", username, user.password(), violations);
        String displayName = Text.line("displayName", user.displayName(), DISPLAY_NAME_MAX, violations);
        if (displayName == null) {
            displayName = username;
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        repository.create(username, displayName, encoder.encode(user.password()), user.globalRole());
        security.info("User '{}' created by '{}' with global role {}", username, actor(), user.globalRole());
        return user(username).orElseThrow();
    }

    /**
     * Enables or disables a user. A disabled user cannot sign in and their API tokens are refused;
     * a UI session they have open goes on until it ends. Nothing stops an administrator disabling
     * themselves or the last administrator.
     *
     * @return the user as stored after the change
     * @throws NotFoundException when there is no user with this username
     * @throws AccessDeniedException when the current user is not an administrator
     */
    public AppUser setEnabled(String username, boolean enabled) {
        require(username);
        repository.setEnabled(username, enabled);
        security.info("User '{}' {} by '{}'", username, enabled ? "enabled" : "disabled", actor());
        return user(username).orElseThrow();
    }

    /**
     * Sets a new password; also ends any lock-out and clears the count of failed sign-ins.
     *
     * @param password 12 to 128 characters, not containing the username
     * @return the user as stored after the change
     * @throws NotFoundException when there is no user with this username
     * @throws ValidationException when the password breaks those rules
     * @throws AccessDeniedException when the current user is not an administrator
     */
    public AppUser resetPassword(String username, String password) {
        require(username);
        List<Violation> violations = new ArrayList<>();
        Passwords.check("password", username, password, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        repository.setPassword(username, encoder.encode(password));
        security.info("Password of '{}' reset by '{}'", username, actor());
        return user(username).orElseThrow();
    }

    /**
     * Sets or removes a user's global role. It takes effect at the person's next sign-in (see the
     * class description). Nothing stops an administrator removing their own role or the last
     * administrator's.
     *
     * @param role ADMIN, RESEARCHER, or null for none (area memberships only)
     * @return the user as stored after the change
     * @throws NotFoundException when there is no user with this username
     * @throws AccessDeniedException when the current user is not an administrator
     */
    public AppUser setGlobalRole(String username, GlobalRole role) {
        require(username);
        repository.setGlobalRole(username, role);
        security.info("Global role of '{}' set to {} by '{}'", username, role, actor());
        return user(username).orElseThrow();
    }

    /**
     * Makes a user a member of an area in a role, or changes the role they have there.
     *
     * @param role EDITOR (builds the map) or VIEWER (reads and comments)
     * @return the user as stored after the change
     * @throws NotFoundException when there is no user with this username, or no area with this id
     * @throws ValidationException when {@code role} is null
     * @throws AccessDeniedException when the current user is not an administrator
     */
    public AppUser setMembership(String areaId, String username, AreaRole role) {
        require(username);
        if (!repository.areaExists(areaId)) {
            throw new NotFoundException("There is no area '" + areaId + "'");
        }
        if (role == null) {
            throw new ValidationException("role", "is required: EDITOR or VIEWER");
        }
        repository.setMembership(username, areaId, role);
        security.info("'{}' made {} of area '{}' by '{}'", username, role, areaId, actor());
        return user(username).orElseThrow();
    }

    /**
     * Ends a user's membership of an area.
     *
     * @return the user as stored after the change
     * @throws NotFoundException when there is no user with this username, or they are not a member
     *     of the area (also when there is no such area)
     * @throws AccessDeniedException when the current user is not an administrator
     */
    public AppUser removeMembership(String areaId, String username) {
        require(username);
        if (!repository.removeMembership(username, areaId)) {
            throw new NotFoundException("'" + username + "' is not a member of area '" + areaId + "'");
        }
        security.info("'{}' removed from area '{}' by '{}'", username, areaId, actor());
        return user(username).orElseThrow();
    }

    private void require(String username) {
        if (username == null || !repository.exists(username)) {
            throw new NotFoundException("There is no user '" + username + "'");
        }
    }

    private String actor() {
        return current.username().orElse("?");
    }
}

package uk.evidencemap.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;

/** Users and area memberships: administrators only. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UserService {

    private static final Logger security = LoggerFactory.getLogger("uk.evidencemap.security.events");
    static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,39}$");

    private final UserRepository repository;
    private final PasswordEncoder encoder;
    private final CurrentUser current;

    UserService(UserRepository repository, PasswordEncoder encoder, CurrentUser current) {
        this.repository = repository;
        this.encoder = encoder;
        this.current = current;
    }

    @Transactional(readOnly = true)
    public List<AppUser> users() {
        return repository.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> user(String username) {
        return repository.credentials(username).map(UserRepository.Credentials::user);
    }

    public AppUser create(NewUser user) {
        List<Violation> violations = new ArrayList<>();
        String username = user.username() == null ? "" : user.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            violations.add(new Violation(
                    "username",
                    "must be 2 to 40 lower-case letters, digits, '.', '_' or '-',"
                            + " starting with a letter or digit"));
        } else if (repository.exists(username)) {
            violations.add(new Violation("username", "'" + username + "' is taken"));
        }
        Passwords.check("password", username, user.password(), violations);
        String displayName = user.displayName() == null || user.displayName().isBlank()
                ? username
                : user.displayName().strip();
        if (displayName.length() > 100) {
            violations.add(new Violation("displayName", "must be at most 100 characters"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        repository.create(username, displayName, encoder.encode(user.password()), user.globalRole());
        security.info("User '{}' created by '{}' with global role {}", username, actor(), user.globalRole());
        return user(username).orElseThrow();
    }

    public AppUser setEnabled(String username, boolean enabled) {
        require(username);
        repository.setEnabled(username, enabled);
        security.info("User '{}' {} by '{}'", username, enabled ? "enabled" : "disabled", actor());
        return user(username).orElseThrow();
    }

    /** Sets a new password; also ends any lock-out. */
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

    public AppUser setGlobalRole(String username, GlobalRole role) {
        require(username);
        repository.setGlobalRole(username, role);
        security.info("Global role of '{}' set to {} by '{}'", username, role, actor());
        return user(username).orElseThrow();
    }

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

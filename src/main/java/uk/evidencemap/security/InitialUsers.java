package uk.evidencemap.security;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.evidencemap.base.ValidationException;

/**
 * The first administrator, and the demo users. No password is written in the code or the
 * docs: the administrator's comes from EVIDENCEMAP_ADMIN_PASSWORD or is generated and printed
 * once; demo users get fresh random passwords at every start in demo mode, printed then.
 */
@Component
@Order(50)
public class InitialUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);
    public static final String ADMIN = "admin";

    /** A demo login: who, as what, and the password printed at start-up. */
    public record DemoLogin(String username, String role, String password) {}

    private final UserRepository repository;
    private final UserService users;
    private final SecurityProperties properties;
    private final SystemUser system;

    InitialUsers(UserRepository repository, UserService users, SecurityProperties properties, SystemUser system) {
        this.repository = repository;
        this.users = users;
        this.properties = properties;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAdministrator();
    }

    /**
     * Creates the administrator if there is none.
     *
     * @return the generated password to print once, or null when the administrator existed or the
     *     password came from EVIDENCEMAP_ADMIN_PASSWORD
     * @throws AdminPasswordRejected when EVIDENCEMAP_ADMIN_PASSWORD breaks the password rules
     */
    public String ensureAdministrator() {
        if (repository.exists(ADMIN)) {
            return null;
        }
        boolean given = properties.adminPassword() != null
                && !properties.adminPassword().isBlank();
        String password = given ? properties.adminPassword() : Passwords.random();
        try {
            system.run(() -> users.create(new NewUser(ADMIN, password, "Administrator", GlobalRole.ADMIN)));
        } catch (ValidationException rejected) {
            if (!given) {
                throw rejected;
            }
            throw new AdminPasswordRejected(rejected.violations().stream()
                    .map(v -> v.field() + " " + v.message())
                    .collect(Collectors.joining("; ")));
        }
        if (given) {
            log.info("Created the administrator '{}' with the password from EVIDENCEMAP_ADMIN_PASSWORD", ADMIN);
            return null;
        }
        log.info("""

                ============================================================
                  Created the administrator '{}' with this password:
                    {}
                  It is shown only this once. Sign in and keep it safe.
                ============================================================""", ADMIN, password);
        return password;
    }

    /** Demo users for York, one per role, with new passwords; returns them for printing. */
    public List<DemoLogin> resetDemoUsers(String areaId) {
        List<DemoLogin> logins = new ArrayList<>();
        system.run(() -> {
            logins.add(demoUser(
                    "york-editor", "Demo editor of York", null, areaId, AreaRole.EDITOR, "EDITOR of " + areaId));
            logins.add(demoUser(
                    "york-viewer", "Demo viewer of York", null, areaId, AreaRole.VIEWER, "VIEWER of " + areaId));
            logins.add(demoUser(
                    "researcher", "Demo researcher", GlobalRole.RESEARCHER, null, null, "RESEARCHER (all areas)"));
        });
        return logins;
    }

    private DemoLogin demoUser(
            String username, String displayName, GlobalRole role, String areaId, AreaRole areaRole, String describe) {
        String password = Passwords.random();
        if (repository.exists(username)) {
            users.resetPassword(username, password);
        } else {
            users.create(new NewUser(username, password, displayName, role));
        }
        if (areaId != null && repository.areaExists(areaId)) {
            users.setMembership(areaId, username, areaRole);
        }
        return new DemoLogin(username, describe, password);
    }
}

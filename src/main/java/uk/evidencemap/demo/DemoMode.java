package uk.evidencemap.demo;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.evidencemap.database.EmbeddedNeo4j;
import uk.evidencemap.security.InitialUsers;
import uk.evidencemap.security.SystemUser;

/**
 * Demo mode: {@code EVIDENCEMAP_DEMO=auto} (the default) is on with the embedded database and
 * off with a server named by NEO4J_URI; {@code true} and {@code false} force it.
 */
@Component
@Order(100)
class DemoMode implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final String setting;
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final DemoDataLoader loader;
    private final InitialUsers users;
    private final SystemUser system;

    DemoMode(
            @Value("${evidencemap.demo:auto}") String setting,
            ObjectProvider<EmbeddedNeo4j> embedded,
            DemoDataLoader loader,
            InitialUsers users,
            SystemUser system) {
        this.system = system;
        this.setting = setting;
        this.embedded = embedded;
        this.loader = loader;
        this.users = users;
    }

    boolean enabled() {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> embedded.getIfAvailable() != null;
        };
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        system.run(loader::loadIfEmpty);
        StringBuilder table = new StringBuilder("""

                ============================================================
                  Demo mode: sign in as any of these (new passwords at every start)
                """);
        for (InitialUsers.DemoLogin login : users.resetDemoUsers("york")) {
            table.append(String.format("    %-12s %-24s %s%n", login.username(), login.role(), login.password()));
        }
        table.append("    admin        ADMIN                    (its password was printed when it was created)\n");
        table.append("============================================================");
        log.info(table.toString());
    }
}

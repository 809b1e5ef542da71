package uk.evidencemap.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.evidencemap.database.EmbeddedNeo4j;

/**
 * Demo mode: {@code EVIDENCEMAP_DEMO=auto} (the default) is on with the embedded database and
 * off with a server named by NEO4J_URI; {@code true} and {@code false} force it.
 */
@Component
@Order(100)
class DemoMode implements ApplicationRunner {

    private final String setting;
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final DemoDataLoader loader;

    DemoMode(@Value("${evidencemap.demo:auto}") String setting, ObjectProvider<EmbeddedNeo4j> embedded,
             DemoDataLoader loader) {
        this.setting = setting;
        this.embedded = embedded;
        this.loader = loader;
    }

    boolean enabled() {
        return switch (setting.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> embedded.getIfAvailable() != null;
        };
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled()) {
            loader.loadIfEmpty();
        }
    }
}

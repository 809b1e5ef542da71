package uk.evidencemap.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class AdminPasswordFailureAnalyzerTest {

    @Test
    void aRejectedAdministratorPasswordStopsStartUpWithWhatToChangeAndNoStackTrace() {
        var startUp = new IllegalStateException(
                "Failed to execute ApplicationRunner",
                new AdminPasswordRejected("password must be at least 12 characters (it has 5)"));

        FailureAnalysis analysis = new AdminPasswordFailureAnalyzer().analyze(startUp);

        assertThat(analysis.getDescription())
                .isEqualTo("EVIDENCEMAP_ADMIN_PASSWORD is not accepted as the administrator's password:"
                        + " password must be at least 12 characters (it has 5)");
        assertThat(analysis.getAction()).startsWith("Set EVIDENCEMAP_ADMIN_PASSWORD to a password that keeps");
    }

    @Test
    void springBootFindsTheAnalyzer() {
        // Boot's own analyzers need the bean factory to be made; only whether ours is listed matters here.
        var skipOthers = SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {});
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, null, skipOthers))
                .anyMatch(AdminPasswordFailureAnalyzer.class::isInstance);
    }
}

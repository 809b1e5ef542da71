package uk.evidencemap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.evidencemap.AppProcess;

/** The application as it really starts, on an empty database, given an administrator password it must refuse. */
class AdminPasswordStartUpIT {

    @Test
    void aPasswordThatBreaksTheRulesStopsStartUpSayingWhatToChangeWithoutAStackTrace() throws Exception {
        Path data = Files.createTempDirectory("evidencemap-admin-password");
        Process app = AppProcess.start(
                "admin-password-start-up",
                Map.of(
                        "SERVER_PORT", String.valueOf(AppProcess.freePort()),
                        "EVIDENCEMAP_DATA_DIR", data.toString(),
                        "EVIDENCEMAP_BOLT_PORT", "0",
                        "EVIDENCEMAP_DEMO", "false",
                        "EVIDENCEMAP_ADMIN_PASSWORD", "short"));
        try {
            assertThat(app.waitFor(180, TimeUnit.SECONDS)).as("start-up ends").isTrue();
            assertThat(app.exitValue()).isNotZero();
        } finally {
            app.destroyForcibly().waitFor();
        }
        String log = Files.readString(AppProcess.log("admin-password-start-up"));
        assertThat(log)
                .contains("EVIDENCEMAP_ADMIN_PASSWORD is not accepted as the administrator's password:"
                        + " password must be at least 12 characters")
                .contains("Set EVIDENCEMAP_ADMIN_PASSWORD to a password that keeps these rules")
                .doesNotContain("\tat uk.evidencemap.")
                .doesNotContain("Caused by:");
    }
}

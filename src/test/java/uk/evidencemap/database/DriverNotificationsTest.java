package uk.evidencemap.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.NotificationClassification;

class DriverNotificationsTest {

    @Test
    void thePlannersPerformanceHintsAreOffAndEveryOtherClassificationStaysOn() {
        Config config = DriverNotifications.quiet(Config.builder()).build();

        assertThat(config.disabledNotificationClassifications())
                .containsExactly(NotificationClassification.PERFORMANCE);
        assertThat(config.minimumNotificationSeverity()).isEmpty();
    }
}

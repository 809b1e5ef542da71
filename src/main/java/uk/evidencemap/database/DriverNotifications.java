package uk.evidencemap.database;

import java.util.Set;
import org.neo4j.driver.Config;
import org.neo4j.driver.NotificationClassification;

/**
 * Which notifications the database sends with query results. The query planner's performance
 * hints (chiefly "this query builds a cartesian product between disconnected patterns", raised by
 * every lookup of two nodes by id before connecting them) are turned off: they were logged at INFO
 * hundreds of times at start-up and say nothing the benchmark does not measure. Deprecations,
 * hints about unknown labels and every other classification are still sent and logged.
 */
final class DriverNotifications {

    private DriverNotifications() {}

    /** {@code builder} with the planner's performance notifications disabled. */
    static Config.ConfigBuilder quiet(Config.ConfigBuilder builder) {
        return builder.withDisabledNotificationClassifications(Set.of(NotificationClassification.PERFORMANCE));
    }
}

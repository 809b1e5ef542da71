package uk.evidencemap.comparison;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.evidencemap.security.SystemUser;

/**
 * Takes a snapshot of every area on a schedule: by default at 02:00 (UK time) on the first day
 * of each month; {@code EVIDENCEMAP_SNAPSHOT_CRON} changes it (a Spring cron expression, or "-"
 * for never).
 */
@Component
class SnapshotSchedule {

    static final String CRON = "${evidencemap.snapshots.cron:0 0 2 1 * *}";

    private final SnapshotService snapshots;
    private final SystemUser system;

    SnapshotSchedule(SnapshotService snapshots, SystemUser system) {
        this.snapshots = snapshots;
        this.system = system;
    }

    @Scheduled(cron = CRON, zone = "Europe/London")
    void takeSnapshots() {
        system.run(snapshots::takeScheduled);
    }
}

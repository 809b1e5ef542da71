package uk.evidencemap.comparison;

import java.time.Instant;

/**
 * An area's comparison metrics as they were at one moment, kept in Neo4j so that the dashboard
 * can show how each figure has moved.
 *
 * @param takenBy      the user who asked for it, or "system" for the schedule
 * @param illustrative true for the made-up history of the demo areas (never for real snapshots)
 */
public record Snapshot(
        String id,
        String areaId,
        String areaName,
        Instant takenAt,
        String takenBy,
        Trigger trigger,
        boolean illustrative,
        AreaMetrics metrics) {

    /** Why a snapshot was taken. */
    public enum Trigger {
        SCHEDULED("Scheduled"),
        ON_DEMAND("On demand"),
        DEMO("Demo history (illustrative)");

        private final String label;

        Trigger(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

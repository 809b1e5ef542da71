package uk.evidencemap.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotServiceTest {

    @Test
    void theIllustrativePastMovesTowardsTodayAndStaysConsistent() {
        AreaMetrics now = MetricTest.metrics(10, 6, 2);
        AreaMetrics twoYearsAgo = SnapshotService.illustrativePast(now, 0);
        AreaMetrics aYearAgo = SnapshotService.illustrativePast(now, 0.5);
        assertThat(twoYearsAgo.interventionsInDelivery()).isEqualTo(6);
        assertThat(twoYearsAgo.inDeliveryWithStrongEvidence()).isEqualTo(2);
        assertThat(aYearAgo.inDeliveryWithStrongEvidence())
                .isBetween(twoYearsAgo.inDeliveryWithStrongEvidence(), now.inDeliveryWithStrongEvidence());
        assertThat(twoYearsAgo.unmetNeeds()).isGreaterThan(now.unmetNeeds());
        assertThat(twoYearsAgo.blockedPaths()).isGreaterThan(aYearAgo.blockedPaths());
        assertThat(twoYearsAgo.evidenceLeaderBetweennessRank()).isEqualTo(now.evidenceLeaderBetweennessRank() + 4);
        for (AreaMetrics past : new AreaMetrics[] {twoYearsAgo, aYearAgo}) {
            assertThat(past.inDeliveryWithStrongEvidence()).isLessThanOrEqualTo(past.interventionsInDelivery());
            assertThat(past.unmitigatedBarriers()).isLessThanOrEqualTo(past.openBarriers());
            assertThat(past.openBarriers())
                    .isEqualTo(past.openBarriersByCategory().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum());
            assertThat(past.strongEvidenceShare())
                    .isEqualTo((double) past.inDeliveryWithStrongEvidence() / past.interventionsInDelivery());
        }
    }
}

package uk.evidencemap.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.evidencemap.taxonomy.BarrierCategory;

class MetricTest {

    static AreaMetrics metrics(int inDelivery, int strong, int unmet) {
        return new AreaMetrics(
                inDelivery,
                strong,
                inDelivery == 0 ? null : (double) strong / inDelivery,
                unmet,
                3,
                2,
                Map.of("FUNDING", 2, "STAFF_CAPACITY", 1),
                Map.of("FUNDING", 2),
                0.5,
                4,
                40,
                70,
                70.0 / (40 * 39),
                2,
                5,
                0.125,
                2,
                4,
                2.25);
    }

    @Test
    void figuresAreShownAsPeopleReadThem() {
        assertThat(Metric.STRONG_EVIDENCE_SHARE.format(0.25)).isEqualTo("25%");
        assertThat(Metric.UNMET_NEEDS.format(3.0)).isEqualTo("3");
        assertThat(Metric.DENSITY.format(0.044871)).isEqualTo("0.0449");
        assertThat(Metric.STRONG_EVIDENCE_SHARE.format(null)).isEqualTo("—");
        assertThat(Metric.STRONG_EVIDENCE_SHARE.formatChange(0.25, 0.5)).isEqualTo("+25 pts");
        assertThat(Metric.UNMET_NEEDS.formatChange(5.0, 3.0)).isEqualTo("-2");
        assertThat(Metric.UNMET_NEEDS.formatChange(null, 3.0)).isEqualTo("—");
    }

    @Test
    void everyRowReadsItsOwnFigure() {
        AreaMetrics m = metrics(4, 1, 6);
        assertThat(Metric.INTERVENTIONS_IN_DELIVERY.of(m)).isEqualTo(4.0);
        assertThat(Metric.STRONG_EVIDENCE_SHARE.of(m)).isEqualTo(0.25);
        assertThat(Metric.UNMET_NEEDS.of(m)).isEqualTo(6.0);
        assertThat(Metric.openBarriers(BarrierCategory.FUNDING).of(m)).isEqualTo(2.0);
        assertThat(Metric.unmitigatedBarriers(BarrierCategory.STAFF_CAPACITY).of(m))
                .isEqualTo(0.0);
        assertThat(Metric.STRONG_EVIDENCE_SHARE.of(metrics(0, 0, 1))).isNull();
        assertThat(Metric.all())
                .hasSize(Metric.HEADLINE.size() + Metric.NETWORK.size() + 2 * BarrierCategory.values().length);
        assertThat(Metric.PROGRAMMES.of(m)).isEqualTo(5.0);
        assertThat(Metric.NETWORK_DENSITY.of(m)).isEqualTo(0.125);
        assertThat(Metric.NETWORK_COMPONENTS.of(m)).isEqualTo(2.0);
        assertThat(Metric.NETWORK_DIAMETER.of(m)).isEqualTo(4.0);
        assertThat(Metric.NETWORK_AVERAGE_PATH.of(m)).isEqualTo(2.25);
        assertThat(Metric.all().stream().map(Metric::key).distinct()).hasSameSizeAs(Metric.all());
        assertThat(Metric.byKey("unmet_needs")).contains(Metric.UNMET_NEEDS);
    }

    @Test
    void aSnapshotFromBeforeTheNetworkFiguresReadsBackWithoutThem() {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        String old = json.writeValueAsString(new AreaMetrics(
                        4, 1, 0.25, 6, 3, 2, Map.of("FUNDING", 2), Map.of("FUNDING", 2), 0.5, 4, 40, 70, 0.04, 2))
                .replaceAll(",\\s*\"(programmes|network[A-Za-z]+)\"\\s*:\\s*null", "");
        assertThat(old).doesNotContain("network").doesNotContain("programmes");
        AreaMetrics read = json.readValue(old, AreaMetrics.class);
        assertThat(read.nodes()).isEqualTo(40);
        assertThat(Metric.NETWORK_DENSITY.of(read)).isNull();
        assertThat(Metric.NETWORK_DENSITY.format(Metric.NETWORK_DENSITY.of(read)))
                .isEqualTo("—");
        assertThat(json.readValue(json.writeValueAsString(metrics(4, 1, 6)), AreaMetrics.class))
                .isEqualTo(metrics(4, 1, 6));
    }

    @Test
    void bestAndWorstFollowTheDirectionOfTheRowAndTiesShareAMark() {
        Map<String, Double> needs = new LinkedHashMap<>();
        needs.put("york", 2.0);
        needs.put("merton", 5.0);
        needs.put("wirral", 2.0);
        needs.put("stockport", null);
        var marks = Metric.UNMET_NEEDS.marks(needs);
        assertThat(marks.best()).containsExactly("wirral", "york");
        assertThat(marks.worst()).containsExactly("merton");

        var share = Metric.STRONG_EVIDENCE_SHARE.marks(Map.of("york", 0.2, "merton", 0.6));
        assertThat(share.best()).containsExactly("merton");
        assertThat(share.worst()).containsExactly("york");
    }

    @Test
    void nothingIsMarkedWhereMoreIsNeitherBetterNorWorseOrAllAreEqualOrOnlyOneHasAFigure() {
        assertThat(Metric.NODES.marks(Map.of("york", 10.0, "merton", 50.0)).best())
                .isEmpty();
        assertThat(Metric.UNMET_NEEDS.marks(Map.of("york", 3.0, "merton", 3.0)).worst())
                .isEmpty();
        Map<String, Double> one = new LinkedHashMap<>();
        one.put("york", 0.5);
        one.put("merton", null);
        assertThat(Metric.STRONG_EVIDENCE_SHARE.marks(one).best()).isEmpty();
    }
}

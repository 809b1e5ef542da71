package uk.evidencemap.area.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AreaNavigationTest {

    @Test
    void addressesFillTheRouteTemplatesTheViewsDeclare() {
        assertThat(AreaNavigation.MAP).isEqualTo("areas/:areaId/map");
        assertThat(AreaNavigation.map("york")).isEqualTo("areas/york/map");
        assertThat(AreaNavigation.nodes("york")).isEqualTo("areas/york/nodes");
        assertThat(AreaNavigation.analysis("york")).isEqualTo("areas/york/analysis");
        assertThat(AreaNavigation.activity("york")).isEqualTo("areas/york/activity");
        assertThat(AreaNavigation.BRIEFING).isEqualTo("areas/:areaId/briefing");
        assertThat(AreaNavigation.briefing("york")).isEqualTo("areas/york/briefing");
    }

    @Test
    void theBriefingTakesADayAndOffersItsPdf() {
        assertThat(AreaNavigation.briefing("york", LocalDate.of(2026, 11, 1)))
                .isEqualTo("areas/york/briefing?since=2026-11-01");
        assertThat(AreaNavigation.briefingPdf("a b")).isEqualTo("areas/a%20b/briefing?download=pdf");
    }

    @Test
    void idsAndQueryValuesAreEncoded() {
        assertThat(AreaNavigation.map("a b/c")).isEqualTo("areas/a%20b%2Fc/map");
        assertThat(AreaNavigation.mapSelecting("york", "n&1")).isEqualTo("areas/york/map?select=n%261");
        assertThat(AreaNavigation.nodesSelecting("york", "x")).isEqualTo("areas/york/nodes?select=x");
        assertThat(AreaNavigation.mapShowing("york", "leader")).isEqualTo("areas/york/map?show=leader");
    }

    @Test
    void aPathKeepsItsNodesInOrderAndAPastMapItsInstant() {
        assertThat(AreaNavigation.mapShowingPath("york", List.of("b", "a", "c")))
                .isEqualTo("areas/york/map?path=b%2Ca%2Cc");
        assertThat(AreaNavigation.mapAt("york", Instant.parse("2026-11-20T10:00:00Z")))
                .isEqualTo("areas/york/map?at=2026-11-20T10%3A00%3A00Z");
    }
}

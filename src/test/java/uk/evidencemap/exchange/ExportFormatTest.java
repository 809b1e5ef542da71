package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void fileNamesCarryTheAreaAndTheDayInLondon() {
        Instant lateInJune = Instant.parse("2026-06-30T23:30:00Z");
        assertThat(ExportFormat.GRAPHML.fileName("york", lateInJune)).isEqualTo("york-map-2026-07-01.graphml");
        Instant lateInJanuary = Instant.parse("2026-01-31T23:30:00Z");
        assertThat(ExportFormat.CSV_ZIP.fileName("york", lateInJanuary)).isEqualTo("york-map-2026-01-31.zip");
        assertThat(ExportFormat.KUMU_JSON.fileName("wirral", lateInJanuary))
                .isEqualTo("wirral-map-2026-01-31.kumu.json");
    }

    @Test
    void formatsAreFoundByTheirCodesIgnoringCase() {
        assertThat(ExportFormat.byCode(" Kumu-XLSX ")).contains(ExportFormat.KUMU_XLSX);
        assertThat(ExportFormat.byCode("xlsx")).isEmpty();
        assertThat(ExportFormat.byCode(null)).isEmpty();
        assertThat(ExportFormat.codes()).isEqualTo("json, graphml, gexf, csv-zip, kumu-xlsx, kumu-json");
    }

    @Test
    void everyFormatHasAWriterAMediaTypeAndAnExtension() {
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(format.writer()).isNotNull();
            assertThat(format.mediaType()).contains("/");
            assertThat(format.extension()).isNotBlank().doesNotStartWith(".");
        }
    }
}

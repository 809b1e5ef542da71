package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportFormatTest {

    @Test
    void eachCodeHasItsReader() {
        ExchangeLimits limits = ExchangeLimits.DEFAULT;
        assertThat(ImportFormat.of("kumu-json").reader(limits)).isInstanceOf(KumuJsonReader.class);
        assertThat(ImportFormat.of("kumu-xlsx").reader(limits)).isInstanceOf(KumuSpreadsheetReader.class);
        assertThat(ImportFormat.of("csv-zip").reader(limits)).isInstanceOf(KumuCsvReader.class);
        assertThat(ImportFormat.of("graphml").reader(limits)).isInstanceOf(GraphMlReader.class);
        assertThat(ImportFormat.of(" GEXF ").reader(limits)).isInstanceOf(GexfReader.class);
        assertThat(ImportFormat.of("prsm").reader(limits)).isInstanceOf(PrsmReader.class);
        assertThat(ImportFormat.of("json").reader(limits)).isInstanceOf(JsonExchangeReader.class);
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheFormats() {
        assertThatThrownBy(() -> ImportFormat.of("dot"))
                .hasMessage(
                        "format: is \"dot\"; the formats are kumu-json, kumu-xlsx, csv-zip, graphml, gexf, prsm, json");
        assertThatThrownBy(() -> ImportFormat.of(null)).hasMessageStartingWith("format: is required;");
    }
}

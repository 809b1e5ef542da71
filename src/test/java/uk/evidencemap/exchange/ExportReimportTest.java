package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Every export is read back by the import's reader of the same code with nothing lost in number,
 * the CSV zip's nodes.csv and relationships.csv included (docs/exchange-format.md).
 */
class ExportReimportTest {

    private final ExportedArea sample = ExportSample.area();

    private ExchangeGraph reimported(ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write(sample, out);
        return ImportFormat.of(format.code())
                .reader(ExchangeLimits.DEFAULT)
                .read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theImportReadsEveryNodeAndRelationshipOfEachExportItTakes() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            ExchangeGraph read = reimported(format);
            assertThat(read.elements())
                    .as(format.code())
                    .hasSize(sample.graph().nodes().size());
            assertThat(read.connections())
                    .as(format.code())
                    .hasSize(sample.graph().relationships().size());
            assertThat(read.warnings()).as(format.code()).isEmpty();
            assertThat(read.elements()).as(format.code()).anySatisfy(e -> {
                assertThat(e.label()).isEqualTo(ExportSample.AWKWARD_NAME);
                assertThat(e.type()).isEqualTo("Person");
            });
            // Kumu's spreadsheet names elements by label, where "|" would separate several
            String barrier = format == ExportFormat.KUMU_XLSX ? "Short-term grant / pilot" : "Short-term grant | pilot";
            assertThat(read.elements()).as(format.code()).anySatisfy(e -> {
                assertThat(e.label()).isEqualTo(barrier);
                assertThat(e.tags()).containsExactly("funding", "capacity");
            });
        }
    }

    @Test
    void positionsComeBackFromTheFormatsThatCarryThem() throws Exception {
        for (ExportFormat format : new ExportFormat[] {
            ExportFormat.JSON, ExportFormat.GRAPHML, ExportFormat.GEXF, ExportFormat.KUMU_JSON, ExportFormat.CSV_ZIP
        }) {
            ExchangeGraph.Element awkward = reimported(format).elements().stream()
                    .filter(e -> ExportSample.AWKWARD_NAME.equals(e.label()))
                    .findFirst()
                    .orElseThrow();
            assertThat(awkward.x()).as(format.code()).isEqualTo(-120.5);
            assertThat(awkward.y()).as(format.code()).isEqualTo(40.25);
        }
    }
}

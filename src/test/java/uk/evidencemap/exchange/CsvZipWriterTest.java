package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvZipWriterTest {

    private final ExportedArea sample = ExportSample.area();

    /** The zip's entries as text, by name. */
    private Map<String, String> entries() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvZipWriter().write(sample, out);
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        assertThat(csv).startsWith("\uFEFF");
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
    }

    @Test
    void nodesCsvHasTheFixedColumnsThenOneColumnPerPropertyAndARowPerNode() throws Exception {
        Map<String, String> entries = entries();
        assertThat(entries).containsOnlyKeys("nodes.csv", "relationships.csv");
        assertThat(entries.get("nodes.csv")).contains("\r\n");
        List<CSVRecord> nodes = records(entries.get("nodes.csv"));
        assertThat(nodes).hasSize(sample.graph().nodes().size());
        List<String> header = nodes.getFirst().getParser().getHeaderNames();
        assertThat(header.subList(0, 5)).containsExactly("id", "type", "name", "x", "y");
        assertThat(header).contains("role", "evidenceRating", "tags", "field.Population", "field.Share");
        assertThat(header).doesNotHaveDuplicates();

        Map<String, CSVRecord> byId = new HashMap<>();
        nodes.forEach(r -> byId.put(r.get("id"), r));
        assertThat(byId.get("awkward").get("name")).isEqualTo(ExportSample.AWKWARD_NAME);
        assertThat(byId.get("awkward").get("type")).isEqualTo("Person");
        assertThat(byId.get("awkward").get("x")).isEqualTo("-120.5");
        assertThat(byId.get("awkward").get("y")).isEqualTo("40.25");
        assertThat(byId.get("hub-intervention").get("x")).isEmpty();
        assertThat(byId.get("hub-intervention").get("description")).isEqualTo("Two lines:\nfirst, then second");
        assertThat(byId.get("barrier").get("tags")).isEqualTo("funding|capacity");
        assertThat(byId.get("custom").get("field.Population")).isEqualTo("212000");
        assertThat(byId.get("custom").get("field.Share")).isEqualTo("0.375");
        assertThat(byId.get("custom").get("field.Rural")).isEqualTo("false");
        assertThat(byId.get("custom").get("field.Notes"))
                .as("a formula is defused for spreadsheets")
                .isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(byId.get("programme").get("evidenceRating")).isEqualTo("3+");
    }

    @Test
    void relationshipsCsvNamesBothEndsAndCarriesEveryProperty() throws Exception {
        List<CSVRecord> relationships = records(entries().get("relationships.csv"));
        assertThat(relationships).hasSize(sample.graph().relationships().size());
        List<String> header = relationships.getFirst().getParser().getHeaderNames();
        assertThat(header)
                .containsExactly(
                        "id",
                        "type",
                        "from",
                        "to",
                        "from_name",
                        "to_name",
                        "note",
                        "polarity",
                        "delay",
                        "strength",
                        "field.Source",
                        "tags");
        CSVRecord works = relationships.stream()
                .filter(r -> r.get("id").equals("r-works"))
                .findFirst()
                .orElseThrow();
        assertThat(works.get("type")).isEqualTo("WORKS_FOR");
        assertThat(works.get("from_name")).isEqualTo(ExportSample.AWKWARD_NAME);
        assertThat(works.get("to_name")).isEqualTo("Family Hub");
        CSVRecord same = relationships.stream()
                .filter(r -> r.get("id").equals("r-same"))
                .findFirst()
                .orElseThrow();
        assertThat(same.get("polarity")).isEqualTo("SAME");
        assertThat(same.get("delay")).isEqualTo("true");
        assertThat(same.get("strength")).isEqualTo("4");
        assertThat(same.get("note")).isEqualTo("Less turnover, more reach");
    }
}

package uk.evidencemap.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.evidencemap.exchange.Datasets.element;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class KumuCsvReaderTest {

    private final KumuCsvReader reader = new KumuCsvReader();

    private ExchangeGraph read(byte[] bytes) {
        return reader.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void readsAZipOfElementsAndConnections() {
        ExchangeGraph graph = Datasets.readResource(reader, "kumu-csv.zip");

        assertThat(graph.elements()).hasSize(3);
        ExchangeGraph.Element cafe = element(graph, "Café network");
        assertThat(cafe.row()).isEqualTo("Elements row 2");
        assertThat(cafe.type()).isEqualTo("Organisation");
        assertThat(cafe.description()).isEqualTo("Meets weekly, in town");
        assertThat(cafe.tags()).containsExactly("food", "community");
        assertThat(cafe.fields()).containsEntry("Budget", 1200L).containsEntry("Start", "2024-01-15");
        assertThat(element(graph, "No-show rate").description()).isEqualTo("Line one\r\nline two");
        assertThat(element(graph, "No-show rate").fields()).containsEntry("Budget", 0.25);
        assertThat(element(graph, "Māori health board").fields()).isEmpty();

        assertThat(graph.connections()).hasSize(4);
        ExchangeGraph.Connection shared = graph.connections().getFirst();
        assertThat(shared.row()).isEqualTo("Connections row 2");
        assertThat(shared.byLabel()).isTrue();
        assertThat(shared.polarity()).isEqualTo("++");
        assertThat(shared.directed()).isFalse();
        assertThat(shared.fields()).containsEntry("Direction", "mutual").containsEntry("Strength", 3L);
        assertThat(graph.connections().subList(1, 3))
                .as("several elements in one To cell: one connection to each, as Kumu draws them")
                .allSatisfy(c -> {
                    assertThat(c.row()).isEqualTo("Connections row 3");
                    assertThat(c.from()).isEqualTo("No-show rate");
                    assertThat(c.polarity()).isEqualTo("-");
                    assertThat(c.directed()).isTrue();
                })
                .extracting(ExchangeGraph.Connection::to)
                .containsExactly("Café network", "Māori health board");
        ExchangeGraph.Connection funds = graph.connections().get(3);
        assertThat(funds.to()).as("a missing element is kept as given").isEqualTo("Nobody here");
        assertThat(funds.type()).isEqualTo("Funds");
        assertThat(funds.directed()).isFalse();
        assertThat(graph.warnings()).noneMatch(w -> w.contains("Windows-1252"));
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() {
        ExchangeGraph graph = Datasets.readResource(reader, "kumu-elements-bom.csv");

        assertThat(graph.elements())
                .extracting(ExchangeGraph.Element::label)
                .containsExactly("Café network", "Māori health board", "No-show rate");
        assertThat(graph.elements().getFirst().type())
                .as("the first column's header is Label, not \\uFEFFLabel")
                .isEqualTo("Organisation");
        assertThat(graph.connections()).isEmpty();
        assertThat(graph.warnings()).isEmpty();
    }

    @Test
    void windows1252IsReadAsSuchAndSaidSo() {
        ExchangeGraph graph = Datasets.readResource(reader, "kumu-elements-windows-1252.csv");

        assertThat(graph.elements())
                .extracting(ExchangeGraph.Element::label)
                .containsExactly("Café – corner", "Über clinic");
        assertThat(graph.elements())
                .extracting(ExchangeGraph.Element::description)
                .containsExactly("Costs 5 €", "“quoted”");
        assertThat(graph.warnings())
                .singleElement()
                .asString()
                .contains("not UTF-8")
                .contains("Windows-1252");
    }

    @Test
    void aSingleCsvOfConnectionsIsReadToo() {
        ExchangeGraph graph = Datasets.readResource(reader, "kumu-connections.csv");

        assertThat(graph.elements()).isEmpty();
        assertThat(graph.connections()).hasSize(4);
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() {
        byte[] text = "Label,Type\nÉcole,Place\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);

        assertThat(read(bytes).elements())
                .singleElement()
                .satisfies(e -> assertThat(e.label()).isEqualTo("École"));
    }

    @Test
    void filesThatAreNotKumuCsvAreRefused() {
        assertThatThrownBy(() -> read("Name,Age\nA,3\n".getBytes(UTF_8)))
                .hasMessageStartingWith("file: the file's first row is none of the headers read: Kumu's elements");
        assertThatThrownBy(() -> read("Label,Type\n\"A,B\n".getBytes(UTF_8)))
                .hasMessageStartingWith("the file: is not valid CSV");
        assertThatThrownBy(() -> read("Label,Label\nA,B\n".getBytes(UTF_8)))
                .hasMessage("Elements row 1: has the column \"Label\" twice");
        assertThatThrownBy(() -> read("From,Towards\nA,B\n".getBytes(UTF_8)))
                .hasMessageStartingWith("file: the file's first row is none of the headers read");
        assertThatThrownBy(() -> read("Label,Type\n".getBytes(UTF_8)))
                .hasMessage("file: the CSV file holds no elements and no connections");
    }

    @Test
    void aZipWithoutCsvOrOfTwoElementFilesIsToldApart() throws IOException {
        assertThatThrownBy(() -> read(zip(List.of("readme.txt"), List.of("hello"))))
                .hasMessage("file: the zip holds no CSV file (elements.csv, connections.csv)");

        ExchangeGraph graph =
                read(zip(List.of("elements.csv", "more/elements.csv"), List.of("Label\nA\n", "Label\nB\n")));
        assertThat(graph.elements()).extracting(ExchangeGraph.Element::label).containsExactly("A");
        assertThat(graph.warnings()).singleElement().asString().contains("more/elements.csv was not read");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        String huge = "Label\n" + " ".repeat(30_000_000);
        byte[] bomb = zip(List.of("elements.csv"), List.of(huge));
        assertThat(bomb.length).isLessThan(100_000);

        assertThatThrownBy(() -> read(bomb))
                .hasMessage("file: the zip expands to more than 100 times its size, as a zip bomb does: refused");
        ExchangeLimits noRatio = new ExchangeLimits(50L << 20, 100_000, 500_000, 1 << 20, 0.0);
        assertThatThrownBy(() -> new KumuCsvReader(noRatio).read(new ByteArrayInputStream(bomb)))
                .hasMessage("file: the zip expands to more than 1 MB: refused");
    }

    @Test
    void tooManyRowsAreRefused() {
        KumuCsvReader small = new KumuCsvReader(ExchangeLimits.DEFAULT.withMaxCounts(2, 2));
        assertThatThrownBy(() -> small.read(new ByteArrayInputStream("Label\nA\nB\nC\n".getBytes(UTF_8))))
                .hasMessage("the file: has more than 2 rows, the most one import takes");
    }

    private static byte[] zip(List<String> names, List<String> contents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i).getBytes(UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

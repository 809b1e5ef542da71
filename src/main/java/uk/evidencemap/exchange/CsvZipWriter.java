package uk.evidencemap.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.evidencemap.base.Csv;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodePosition;

/**
 * A zip of two CSV files (RFC 4180, UTF-8 with a byte order mark so that Excel reads the
 * characters right, CRLF line ends), written by Apache Commons CSV:
 *
 * <ul>
 *   <li>{@code nodes.csv}: {@code id, type, name, x, y}, then one column per property key the
 *       map's nodes use (model properties first, then custom fields);
 *   <li>{@code relationships.csv}: {@code id, type, from, to, from_name, to_name}, then one column
 *       per relationship property key.
 * </ul>
 *
 * Types are the node type's label and the relationship type's name; x and y are empty for nodes
 * never placed; lists are joined with "|"; a property named like a fixed column is headed
 * "property.name". Text a spreadsheet would run as a formula starts with an apostrophe ({@link
 * Csv#defused}). Each file is written as a stream, row by row.
 */
public final class CsvZipWriter implements ExchangeWriter {

    static final String NODES = "nodes.csv";
    static final String RELATIONSHIPS = "relationships.csv";

    private static final List<String> NODE_COLUMNS = List.of("id", "type", "name", "x", "y");
    private static final List<String> RELATIONSHIP_COLUMNS =
            List.of("id", "type", "from", "to", "from_name", "to_name");

    @Override
    public void write(ExportedArea export, OutputStream out) throws IOException {
        List<MapNode> nodes = export.graph().nodes();
        List<MapRelationship> relationships = export.graph().relationships();
        Map<String, MapNode> byId = ExportValues.byId(nodes);
        List<String> nodeKeys = ExportValues.nodeKeys(nodes, Set.of());
        List<String> relationshipKeys = ExportValues.relationshipKeys(relationships, Set.of());
        try (ZipOutputStream zip = new ZipOutputStream(new KeptOpen(out), StandardCharsets.UTF_8)) {
            try (CSVPrinter csv = entry(zip, NODES, header(NODE_COLUMNS, nodeKeys))) {
                for (MapNode node : nodes) {
                    NodePosition position = export.position(node.id());
                    List<Object> row = new ArrayList<>();
                    row.add(node.id());
                    row.add(node.type().label());
                    row.add(Csv.defused(node.name()));
                    row.add(position == null ? null : position.x());
                    row.add(position == null ? null : position.y());
                    nodeKeys.forEach(key -> row.add(cell(node.property(key))));
                    csv.printRecord(row);
                }
            }
            try (CSVPrinter csv = entry(zip, RELATIONSHIPS, header(RELATIONSHIP_COLUMNS, relationshipKeys))) {
                for (MapRelationship relationship : relationships) {
                    List<Object> row = new ArrayList<>();
                    row.add(relationship.id());
                    row.add(relationship.type().name());
                    row.add(relationship.from());
                    row.add(relationship.to());
                    row.add(Csv.defused(name(byId, relationship.from())));
                    row.add(Csv.defused(name(byId, relationship.to())));
                    relationshipKeys.forEach(
                            key -> row.add(cell(relationship.properties().get(key))));
                    csv.printRecord(row);
                }
            }
        }
        out.flush();
    }

    /** Starts an entry and returns a printer over it that has written the header and the byte order mark. */
    private static CSVPrinter entry(ZipOutputStream zip, String name, String[] header) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer writer = new OutputStreamWriter(new EntryStream(zip), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return CSVFormat.RFC4180.builder().setHeader(header).get().print(writer);
    }

    private static String[] header(List<String> fixed, List<String> keys) {
        List<String> header = new ArrayList<>(fixed);
        keys.forEach(key -> header.add(fixed.contains(key) ? "property." + key : key));
        return header.toArray(String[]::new);
    }

    private static Object cell(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return Csv.defused(ExportValues.text(value));
    }

    private static String name(Map<String, MapNode> byId, String id) {
        MapNode node = byId.get(id);
        return node == null ? "" : node.name();
    }

    /** The caller's stream, which closing the zip must not close. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** One entry of the zip: closing the printer over it ends the entry, not the zip. */
    private static final class EntryStream extends FilterOutputStream {

        private final ZipOutputStream zip;

        EntryStream(ZipOutputStream zip) {
            super(zip);
            this.zip = zip;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
            zip.closeEntry();
        }
    }
}

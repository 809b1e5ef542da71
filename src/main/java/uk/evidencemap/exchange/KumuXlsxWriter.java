package uk.evidencemap.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;

/**
 * An Excel workbook laid out as Kumu's spreadsheet import reads it (docs.kumu.io, "Structure your
 * data"; Kumu's own samples, e.g. its PayPal example workbook): a sheet "Elements" headed Label,
 * Type, Description, Tags, then one column per other node property; a sheet "Connections" headed
 * From, To, Type, Direction, Description, Tags, Polarity, then one column per other relationship
 * property. Several values in one cell are joined with "|", as Kumu reads them.
 *
 * <ul>
 *   <li>Type is the node type's label (Barrier) and the relationship type's name (BLOCKS); for an
 *       influence (a relationship with a {@code polarity}) it is Kumu's sign instead: "++" for SAME,
 *       "+-" for OPPOSITE, empty when UNKNOWN, and the Polarity column holds SAME, OPPOSITE or UNKNOWN.
 *   <li>Direction is "undirected" for the undirected types (collaboration, partnership), otherwise
 *       "directed". Description is a node's {@code description} and a relationship's {@code note}.
 *   <li>From and To name elements by label, so labels are made unique ({@link KumuNames}); when any
 *       label differs from the node's name, a sheet "Renamed labels (ignore)" lists each (Kumu
 *       leaves sheets named "(ignore)" out of an import).
 *   <li>Property columns are headed by the property key ({@code evidenceRating}), custom fields by
 *       their own name ({@code field.Population} as Population) ({@link KumuNames#fields}).
 *   <li>Numbers are numeric cells; booleans are the text "true" or "false", as Kumu has no boolean
 *       field.
 * </ul>
 *
 * Written with POI's streaming workbook: only a window of rows is held in memory.
 */
public final class KumuXlsxWriter implements ExchangeWriter {

    static final String ELEMENTS = "Elements";
    static final String CONNECTIONS = "Connections";
    static final String RENAMED = "Renamed labels (ignore)";

    static final List<String> ELEMENT_COLUMNS = List.of("Label", "Type", "Description", "Tags");
    static final List<String> CONNECTION_COLUMNS =
            List.of("From", "To", "Type", "Direction", "Description", "Tags", "Polarity");

    private static final int ROWS_IN_MEMORY = 100;

    @Override
    public void write(ExportedArea export, OutputStream out) throws IOException {
        List<MapNode> nodes = export.graph().nodes();
        List<MapRelationship> relationships = export.graph().relationships();
        KumuNames names = KumuNames.of(nodes);
        SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);

            Map<String, String> nodeFields =
                    KumuNames.fields(ExportValues.nodeKeys(nodes, Set.of("description", "tags")), ELEMENT_COLUMNS);
            Sheet elements = sheet(book, ELEMENTS, ELEMENT_COLUMNS, nodeFields.values(), bold);
            int r = 1;
            for (MapNode node : nodes) {
                List<Object> row = new ArrayList<>(List.of(
                        names.label(node.id()),
                        node.type().label(),
                        ExportValues.text(node.property("description")),
                        ExportValues.text(node.property("tags"))));
                nodeFields.keySet().forEach(key -> row.add(node.property(key)));
                fill(elements.createRow(r++), row);
            }

            Map<String, String> relationshipFields = KumuNames.fields(
                    ExportValues.relationshipKeys(relationships, Set.of("note", "tags", "polarity")),
                    CONNECTION_COLUMNS);
            Sheet connections = sheet(book, CONNECTIONS, CONNECTION_COLUMNS, relationshipFields.values(), bold);
            r = 1;
            for (MapRelationship relationship : relationships) {
                Object polarity = relationship.properties().get("polarity");
                List<Object> row = new ArrayList<>(List.of(
                        names.label(relationship.from()),
                        names.label(relationship.to()),
                        polarity == null ? relationship.type().name() : sign(polarity),
                        relationship.type().undirected() ? "undirected" : "directed",
                        ExportValues.text(relationship.properties().get("note")),
                        ExportValues.text(relationship.properties().get("tags")),
                        ExportValues.text(polarity)));
                relationshipFields
                        .keySet()
                        .forEach(key -> row.add(relationship.properties().get(key)));
                fill(connections.createRow(r++), row);
            }

            if (!names.renamed().isEmpty()) {
                Sheet renamed = sheet(
                        book, RENAMED, List.of("Label in this file", "Name", "Type", "Id", "Why"), List.of(), bold);
                r = 1;
                for (KumuNames.Renamed change : names.renamed()) {
                    fill(
                            renamed.createRow(r++),
                            List.of(
                                    change.label(),
                                    change.node().name(),
                                    change.node().type().label(),
                                    change.node().id(),
                                    change.reason()));
                }
            }
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
        out.flush();
    }

    /** Kumu's connection type for an influence's polarity: "++" same, "+-" opposite, empty otherwise. */
    static String sign(Object polarity) {
        return switch (String.valueOf(polarity)) {
            case "SAME" -> "++";
            case "OPPOSITE" -> "+-";
            default -> "";
        };
    }

    private static Sheet sheet(
            SXSSFWorkbook book, String name, List<String> columns, Collection<String> fields, CellStyle bold) {
        Sheet sheet = book.createSheet(name);
        Row header = sheet.createRow(0);
        int c = 0;
        for (String column : columns) {
            Cell cell = header.createCell(c++);
            cell.setCellValue(column);
            cell.setCellStyle(bold);
        }
        for (String field : fields) {
            Cell cell = header.createCell(c++);
            cell.setCellValue(field);
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void fill(Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null || "".equals(value)) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(ExportValues.text(value));
            }
        }
    }
}

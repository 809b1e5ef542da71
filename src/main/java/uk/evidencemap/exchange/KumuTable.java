package uk.evidencemap.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.evidencemap.base.ValidationException;

/**
 * Kumu's spreadsheet layout, whether it comes as an Excel workbook or as CSV files: a table of
 * elements and a table of connections, each with a header row. The layout is Kumu's ("Structure
 * your data for Kumu", docs.kumu.io):
 *
 * <ul>
 *   <li>Elements: "Label" (required), optional "ID" (the element's key when given), "Type" (or
 *       "Element Type"), "Description", "Tags"; every other column is a field.
 *   <li>Connections: "From" and "To" (required), optional "ID", "Type" (or "Connection Type"),
 *       "Direction" (directed, undirected or mutual; directed when blank, as in Kumu), "Description",
 *       "Tags", "Polarity" (its polarity, when "Type" is not a sign and it holds one: "same",
 *       "opposite", "+", "-"...); every other column ("Label", "Strength"...) is a field. Several elements in one
 *       "To" cell, separated by "|", make one connection to each, as Kumu does.
 * </ul>
 *
 * Headers are compared ignoring case and surrounding spaces. Several values in one cell are
 * separated by "|" (tags, and any other field, which then becomes a list; never label,
 * description or type). Rows whose cells are all blank are skipped. Rows are named by their
 * number in the sheet, header included ("Elements row 12"), as a spreadsheet program shows them.
 * Without an ID column an element's key is its label, and connections name elements by label
 * ({@code byLabel}); with one, connections whose ends are both IDs name elements by key.
 */
final class KumuTable {

    /** Whether a header row is Kumu's elements header: "Label" first, or "ID" then "Label". */
    static boolean isElements(List<String> header) {
        return !header.isEmpty()
                && (is(header.get(0), "label")
                        || (header.size() > 1 && is(header.get(0), "id") && is(header.get(1), "label")));
    }

    /** Whether a header row is Kumu's connections header: it has "From" and "To". */
    static boolean isConnections(List<String> header) {
        return header.stream().anyMatch(h -> is(h, "from")) && header.stream().anyMatch(h -> is(h, "to"));
    }

    private static boolean is(String header, String name) {
        return header != null && header.strip().equalsIgnoreCase(name);
    }

    /** One row of a table: its number in the sheet (1 for the header) and its cells' text. */
    record Row(long number, List<String> cells) {}

    private final GraphBuilder graph;
    private final Set<String> ids = new HashSet<>();

    KumuTable(GraphBuilder graph) {
        this.graph = graph;
    }

    /** Reads a table of elements; the first row is its header. */
    void elements(String sheet, List<Row> rows) {
        Columns columns = new Columns(sheet, rows.getFirst());
        columns.require("Label");
        Map<String, Integer> firstRowOfLabel = new HashMap<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (blank(row)) {
                continue;
            }
            Map<String, String> cells = columns.cells(row);
            String label = Values.text(take(cells, "label"));
            String id = Values.text(take(cells, "id"));
            String type = Values.text(firstOf(take(cells, "type"), take(cells, "element type")));
            String description = Values.text(take(cells, "description"));
            List<String> tags = Values.split(take(cells, "tags"));
            if (id != null) {
                ids.add(id);
            }
            if (label != null && id == null) {
                Integer earlier = firstRowOfLabel.putIfAbsent(label, (int) row.number());
                if (earlier != null) {
                    graph.warn(sheet + " rows " + earlier + " and " + row.number() + " have the same label \"" + label
                            + "\": Kumu reads them as one element");
                }
            }
            graph.element(new ExchangeGraph.Element(
                    sheet + " row " + row.number(),
                    id != null ? id : label,
                    label,
                    type,
                    description,
                    tags,
                    columns.fields(cells),
                    null,
                    null));
        }
    }

    /** Reads a table of connections; the first row is its header. */
    void connections(String sheet, List<Row> rows) {
        Columns columns = new Columns(sheet, rows.getFirst());
        columns.require("From");
        columns.require("To");
        for (Row row : rows.subList(1, rows.size())) {
            if (blank(row)) {
                continue;
            }
            String name = sheet + " row " + row.number();
            Map<String, String> cells = columns.cells(row);
            String from = Values.text(take(cells, "from"));
            List<String> targets = Values.split(take(cells, "to"));
            String typeWord = Values.text(firstOf(take(cells, "type"), take(cells, "connection type")));
            String polarity = Values.polarity(typeWord);
            String polarityCell = Values.text(cells.get(columnName(cells, "polarity")));
            if (polarity == null && Values.polarity(polarityCell) != null) {
                // a "Polarity" column (the product's workbook writes SAME or OPPOSITE there)
                polarity = Values.polarity(polarityCell);
                take(cells, "polarity");
            }
            String direction = Values.text(take(cells, "direction"));
            direction = direction == null ? "directed" : direction.toLowerCase(Locale.ROOT);
            if (!Set.of("directed", "undirected", "mutual").contains(direction)) {
                throw new ValidationException(
                        name,
                        "Direction is \"" + direction + "\"; Kumu's directions are directed, undirected and mutual");
            }
            String description = Values.text(take(cells, "description"));
            List<String> tags = Values.split(take(cells, "tags"));
            Map<String, Object> fields = columns.fields(cells);
            if (direction.equals("mutual")) {
                fields.put("Direction", "mutual");
                graph.warn("mutual connections (arrows at both ends) were read as without direction");
            }
            for (String to : targets.isEmpty() ? java.util.Collections.<String>singletonList(null) : targets) {
                boolean byKey = !ids.isEmpty() && ids.contains(from) && ids.contains(to);
                graph.connection(new ExchangeGraph.Connection(
                        name,
                        from,
                        to,
                        !byKey,
                        polarity == null ? typeWord : null,
                        polarity,
                        direction.equals("directed"),
                        description,
                        tags,
                        fields));
            }
        }
    }

    private static boolean blank(Row row) {
        return row.cells().stream().allMatch(c -> c == null || c.isBlank());
    }

    private static String firstOf(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    /** A table's header: the name of each column as written, and in lower case to find the known ones. */
    private static final class Columns {
        private final String sheet;
        private final List<String> names = new ArrayList<>();

        Columns(String sheet, Row header) {
            this.sheet = sheet;
            Set<String> seen = new HashSet<>();
            for (String cell : header.cells()) {
                String name = cell == null ? "" : cell.strip();
                if (!name.isEmpty() && !seen.add(name.toLowerCase(Locale.ROOT))) {
                    throw new ValidationException(sheet + " row 1", "has the column \"" + name + "\" twice");
                }
                names.add(name);
            }
        }

        void require(String column) {
            if (names.stream().noneMatch(n -> n.equalsIgnoreCase(column))) {
                throw new ValidationException(
                        sheet + " row 1", "has no column \"" + column + "\" (the header row names the columns)");
            }
        }

        /** The row's cells by column name as written. */
        Map<String, String> cells(Row row) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < names.size() && i < row.cells().size(); i++) {
                if (!names.get(i).isEmpty()) {
                    cells.put(names.get(i), row.cells().get(i));
                }
            }
            return cells;
        }

        Map<String, Object> fields(Map<String, String> rest) {
            Map<String, Object> fields = new LinkedHashMap<>();
            rest.forEach((name, cell) -> {
                Object value = Values.cell(cell);
                if (value != null) {
                    fields.put(name, value);
                }
            });
            return fields;
        }
    }

    /** The name of a column as written, compared ignoring case, or null when there is none. */
    private static String columnName(Map<String, String> cells, String column) {
        return cells.keySet().stream()
                .filter(name -> name.equalsIgnoreCase(column))
                .findFirst()
                .orElse(null);
    }

    /** Removes and returns the cell of a column, its name compared ignoring case. */
    private static String take(Map<String, String> cells, String column) {
        for (String name : List.copyOf(cells.keySet())) {
            if (name.equalsIgnoreCase(column)) {
                return cells.remove(name);
            }
        }
        return null;
    }
}

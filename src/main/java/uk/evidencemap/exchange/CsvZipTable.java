package uk.evidencemap.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.evidencemap.base.Csv;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.map.PropertySpec;
import uk.evidencemap.map.RelationshipType;

/**
 * The product's own CSV layout, as {@link CsvZipWriter} writes it (docs/exchange-format.md,
 * "csv-zip"), read back:
 *
 * <ul>
 *   <li>{@code nodes.csv}: "id" and "name" (required), "type", "x", "y", "description", "tags";
 *       every other column a property by its key ("property.key" for a key named like one of
 *       these columns), custom fields as {@code field.<name>}.
 *   <li>{@code relationships.csv}: "from" and "to" (node ids of nodes.csv, required), "id", "type",
 *       "note" (its description), "polarity", "tags"; "from_name" and "to_name" are for people
 *       reading the file and are not read; every other column a property by its key.
 * </ul>
 *
 * Headers are compared ignoring case and surrounding spaces. A cell is read as its property
 * takes it: lists ("tags", ERIC strategies) split at "|", text properties as text, whole numbers
 * and true/false as such, and custom fields as {@link Values#cell} reads any cell (a number, true
 * or false, a list where it holds "|", else text). The apostrophe the writer puts before text a
 * spreadsheet would run as a formula ({@link Csv#defused}) is taken off again. Relationships of the
 * undirected types are read without direction; connections name nodes by id.
 */
final class CsvZipTable {

    /** Whether a header row is the product's nodes.csv header: "id", "type", "name" first. */
    static boolean isNodes(List<String> header) {
        return header.size() >= 3 && is(header.get(0), "id") && is(header.get(1), "type") && is(header.get(2), "name");
    }

    /** Whether a header row is the product's relationships.csv header: "id", "type", "from", "to" first. */
    static boolean isRelationships(List<String> header) {
        return header.size() >= 4
                && is(header.get(0), "id")
                && is(header.get(1), "type")
                && is(header.get(2), "from")
                && is(header.get(3), "to");
    }

    private static boolean is(String header, String name) {
        return header != null && header.strip().equalsIgnoreCase(name);
    }

    private final GraphBuilder graph;

    CsvZipTable(GraphBuilder graph) {
        this.graph = graph;
    }

    /** Reads nodes.csv; the first row is its header. */
    void nodes(String file, List<KumuTable.Row> rows) {
        List<String> columns = header(file, rows.getFirst(), "id", "name");
        for (KumuTable.Row row : rows.subList(1, rows.size())) {
            if (blank(row)) {
                continue;
            }
            Map<String, String> cells = cells(columns, row);
            String name = Values.text(cells.remove("name"));
            String id = Values.text(cells.remove("id"));
            String type = Values.text(cells.remove("type"));
            Double x = Values.number(cells.remove("x"));
            Double y = Values.number(cells.remove("y"));
            String description = Values.text(cells.remove("description"));
            List<String> tags = Values.split(cells.remove("tags"));
            graph.element(new ExchangeGraph.Element(
                    file + " row " + row.number(),
                    id != null ? id : name,
                    name,
                    type,
                    description,
                    tags,
                    fields(cells),
                    x != null && y != null ? x : null,
                    x != null && y != null ? y : null));
        }
    }

    /** Reads relationships.csv; the first row is its header. */
    void relationships(String file, List<KumuTable.Row> rows) {
        List<String> columns = header(file, rows.getFirst(), "from", "to");
        for (KumuTable.Row row : rows.subList(1, rows.size())) {
            if (blank(row)) {
                continue;
            }
            Map<String, String> cells = cells(columns, row);
            cells.remove("id");
            cells.remove("from_name");
            cells.remove("to_name");
            String type = Values.text(cells.remove("type"));
            graph.connection(new ExchangeGraph.Connection(
                    file + " row " + row.number(),
                    Values.text(cells.remove("from")),
                    Values.text(cells.remove("to")),
                    false,
                    type,
                    Values.text(cells.remove("polarity")),
                    RelationshipType.byName(type).map(t -> !t.undirected()).orElse(true),
                    Values.text(cells.remove("note")),
                    Values.split(cells.remove("tags")),
                    fields(cells)));
        }
    }

    /**
     * The columns' names: the fixed ones in lower case, the properties by their key ("property."
     * taken off).
     *
     * @throws ValidationException when a required column is missing or a column is named twice
     */
    private static List<String> header(String file, KumuTable.Row header, String... required) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String cell : header.cells()) {
            String name = cell == null ? "" : cell.strip();
            if (Set.of("id", "type", "name", "x", "y", "description", "tags", "from", "to", "from_name", "to_name")
                            .contains(name.toLowerCase(Locale.ROOT))
                    || name.equalsIgnoreCase("note")
                    || name.equalsIgnoreCase("polarity")) {
                name = name.toLowerCase(Locale.ROOT);
            } else if (name.startsWith("property.")) {
                name = name.substring("property.".length());
            }
            if (!name.isEmpty() && !seen.add(name)) {
                throw new ValidationException(file + " row 1", "has the column \"" + name + "\" twice");
            }
            names.add(name);
        }
        for (String column : required) {
            if (!names.contains(column)) {
                throw new ValidationException(
                        file + " row 1", "has no column \"" + column + "\" (the header row names the columns)");
            }
        }
        return names;
    }

    /** The row's cells by column, the writer's apostrophe before formula-like text taken off. */
    private static Map<String, String> cells(List<String> columns, KumuTable.Row row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.size() && i < row.cells().size(); i++) {
            String cell = row.cells().get(i);
            if (!columns.get(i).isEmpty() && cell != null && !cell.isEmpty()) {
                cells.put(columns.get(i), undefused(cell));
            }
        }
        return cells;
    }

    /** The text {@link Csv#defused} was given, when the cell is what it made of it; else the cell. */
    static String undefused(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'') {
            String written = cell.substring(1);
            if (Csv.defused(written).equals(cell)) {
                return written;
            }
        }
        return cell;
    }

    private static Map<String, Object> fields(Map<String, String> cells) {
        Map<String, Object> fields = new LinkedHashMap<>();
        cells.forEach((key, cell) -> {
            Object value = value(key, cell);
            if (value != null) {
                fields.put(key, value);
            }
        });
        return fields;
    }

    /** A cell as the model's property of that key takes it; custom fields and other columns as any cell. */
    private static Object value(String key, String cell) {
        Optional<PropertySpec> spec = ExportValues.spec(key);
        if (spec.isEmpty()) {
            return Values.cell(cell);
        }
        return switch (spec.get().kind()) {
            case TAGS, CODE_LIST -> {
                List<String> items = Values.split(cell);
                yield items.isEmpty() ? null : items;
            }
            case INTEGER, BOOLEAN -> Values.typed(cell);
            case CUSTOM -> Values.cell(cell);
            default -> Values.text(cell);
        };
    }

    private static boolean blank(KumuTable.Row row) {
        return row.cells().stream().allMatch(c -> c == null || c.isBlank());
    }
}

package uk.evidencemap.exchange;

import java.util.List;
import java.util.Map;

/**
 * A map as read from a file, before it is matched to the model: what every reader produces and
 * what the import planner turns into nodes and relationships. Nothing here is checked against
 * the model yet; values are as the file gave them (text, numbers, booleans, lists of text).
 *
 * @param elements    the file's elements (Kumu elements, PRSM factors, GraphML/GEXF nodes), in file order
 * @param connections the file's connections (Kumu connections, PRSM links, GraphML/GEXF edges), in file order
 * @param area        the area's own fields when the file carries them (the product's JSON: name, onsCode,
 *                    region, strongEvidence), otherwise empty
 * @param warnings    what the reader noticed but could still read (e.g. "the file declares a DTD: refused"
 *                    is an error, not a warning; "3 connections have no direction: read as directed" is one)
 * @param ownIds      true when the elements' keys are the ids of the nodes they stand for (the product's
 *                    own file), so that two elements of one type and name with different keys are two
 *                    nodes; false for other tools' files, where such elements are taken as one
 */
public record ExchangeGraph(
        List<Element> elements,
        List<Connection> connections,
        Map<String, Object> area,
        List<String> warnings,
        boolean ownIds) {

    public ExchangeGraph {
        elements = List.copyOf(elements);
        connections = List.copyOf(connections);
        area = Map.copyOf(area);
        warnings = List.copyOf(warnings);
    }

    /** A graph read from another tool's file ({@code ownIds} false). */
    public ExchangeGraph(
            List<Element> elements, List<Connection> connections, Map<String, Object> area, List<String> warnings) {
        this(elements, connections, area, warnings, false);
    }

    /**
     * One element of the file.
     *
     * @param row    where it is in the file, in words a person can find it by: "Elements row 12",
     *               "node 'n4'", "factor 3"
     * @param key    the file's own id for it (unique in the file), which connections refer to
     * @param label  its name as the file gives it (may be blank: the planner reports that)
     * @param type   the file's own type word (Kumu "Element Type", PRSM group name, a GraphML
     *               "type" attribute, the product's node type), or null when the file gives none
     * @param description its description or notes as plain text, or null
     * @param tags   its tags, possibly empty
     * @param fields every other field, by the file's field name, in file order (text, Long, Double,
     *               Boolean or List of text)
     * @param x      its horizontal position on a canvas, or null
     * @param y      its vertical position on a canvas, or null
     */
    public record Element(
            String row,
            String key,
            String label,
            String type,
            String description,
            List<String> tags,
            Map<String, Object> fields,
            Double x,
            Double y) {

        public Element {
            tags = tags == null ? List.of() : List.copyOf(tags);
            fields = fields == null
                    ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }

    /**
     * One connection of the file.
     *
     * @param row       where it is in the file, e.g. "Connections row 12", "edge 'e7'"
     * @param from      the key (or, for spreadsheets, the label) of the element it starts at
     * @param to        the key (or label) of the element it ends at
     * @param byLabel   true when {@code from} and {@code to} name elements by label (Kumu spreadsheets),
     *                  false when they are element keys
     * @param type      the file's own type word for it (Kumu "Connection Type", a GraphML "type"
     *                  attribute, the product's relationship type), or null
     * @param polarity  the influence polarity the file gives, as the file spells it ("++", "+-", "-+",
     *                  "--", "+", "-", "same", "opposite"), or null when it gives none
     * @param directed  false when the file says the connection has no direction (Kumu "undirected",
     *                  GraphML/GEXF undirected edges)
     * @param description its note as plain text, or null
     * @param tags      its tags, possibly empty
     * @param fields    every other field by name (text, Long, Double, Boolean or List of text)
     */
    public record Connection(
            String row,
            String from,
            String to,
            boolean byLabel,
            String type,
            String polarity,
            boolean directed,
            String description,
            List<String> tags,
            Map<String, Object> fields) {

        public Connection {
            tags = tags == null ? List.of() : List.copyOf(tags);
            fields = fields == null
                    ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }
}

package uk.evidencemap.exchange;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.evidencemap.exchange.ExportValues.ValueKind;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodePosition;
import uk.evidencemap.map.NodeType;

/**
 * GEXF 1.3 (gexf.net, the format of Gephi): a static directed graph. Nodes have the node's name
 * as {@code label}, the attribute {@code type} (the node type's label) and one per property key the
 * map uses, a colour by node type ({@code viz:color}, the canvas's colours) and, where the node was
 * placed, a {@code viz:position} in the canvas's coordinates (y downwards, as in every export, so
 * Gephi, whose y points up, shows the map upside down until y is negated). Edges have the
 * relationship type's name as {@code label} and {@code kind} (Gephi's edge type), the attribute
 * {@code type} and one per relationship property; the undirected types (collaboration,
 * partnership) are directed edges like the rest, as NetworkX refuses an undirected edge inside a
 * directed graph. Attribute types are string, long, double or boolean (the one kind holding all
 * values of a key); lists are written joined with "|". Line breaks and tabs in values are written
 * as character references ({@code &#10;}), since XML reads them as spaces in an attribute
 * otherwise. Read by Gephi, NetworkX ({@code read_gexf}), JGraphT and the product's own GEXF import.
 */
public final class GexfWriter implements ExchangeWriter {

    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = NS + " http://gexf.net/1.3/gexf.xsd";

    /**
     * The colours the map's canvas draws each node type in (map.ui.NodeStyle), so that a map looks
     * the same in Gephi; a type without one here takes a colour from {@link #OTHER_COLOURS}.
     */
    private static final Map<String, String> COLOURS = Map.of(
            "Person", "#1f6fb2",
            "Organisation", "#5b4a9e",
            "Intervention", "#1d7d4f",
            "Programme", "#0b5e5e",
            "Need", "#8a5a00",
            "Barrier", "#b3261e",
            "Enabler", "#2e7d32",
            "Evidence", "#555555",
            "Factor", "#a23e72");

    private static final List<String> OTHER_COLOURS = List.of("#c2185b", "#00838f", "#6d4c41", "#7b1fa2", "#ef6c00");

    private static final Set<String> NODE_ATTRIBUTES = Set.of("type");
    private static final Set<String> EDGE_ATTRIBUTES = Set.of("type");

    /** One declared attribute: its id, its title, its type, and the property it comes from. */
    private record Attribute(String id, String title, ValueKind kind, String property) {}

    @Override
    public void write(ExportedArea export, OutputStream out) throws IOException {
        List<MapNode> nodes = export.graph().nodes();
        List<MapRelationship> relationships = export.graph().relationships();
        List<Attribute> nodeAttributes = new ArrayList<>();
        List<String> nodeKeys = ExportValues.nodeKeys(nodes, Set.of());
        for (int i = 0; i < nodeKeys.size(); i++) {
            String key = nodeKeys.get(i);
            nodeAttributes.add(new Attribute(
                    "n" + i,
                    NODE_ATTRIBUTES.contains(key) ? "property." + key : key,
                    ExportValues.kind(ExportValues.values(nodes, MapNode::properties, key)),
                    key));
        }
        List<Attribute> edgeAttributes = new ArrayList<>();
        List<String> edgeKeys = ExportValues.relationshipKeys(relationships, Set.of());
        for (int i = 0; i < edgeKeys.size(); i++) {
            String key = edgeKeys.get(i);
            edgeAttributes.add(new Attribute(
                    "e" + i,
                    EDGE_ATTRIBUTES.contains(key) ? "property." + key : key,
                    ExportValues.kind(ExportValues.values(relationships, MapRelationship::properties, key)),
                    key));
        }
        try {
            Writer text = new BreaksAsReferences(
                    new BufferedWriter(new OutputStreamWriter(new KeptOpen(out), StandardCharsets.UTF_8)));
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("viz", VIZ);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", SCHEMA);
            xml.writeAttribute("version", "1.3");
            xml.writeCharacters("\n");
            writeMeta(xml, export);
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("mode", "static");
            xml.writeCharacters("\n");
            declare(xml, "node", nodeAttributes);
            declare(xml, "edge", edgeAttributes);
            xml.writeStartElement("nodes");
            xml.writeCharacters("\n");
            for (MapNode node : nodes) {
                writeNode(xml, node, export.position(node.id()), nodeAttributes);
            }
            xml.writeEndElement();
            xml.writeStartElement("edges");
            xml.writeCharacters("\n");
            for (MapRelationship relationship : relationships) {
                writeEdge(xml, relationship, edgeAttributes);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            text.close();
        } catch (XMLStreamException e) {
            throw new IOException("The GEXF file could not be written: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void writeMeta(XMLStreamWriter xml, ExportedArea export) throws XMLStreamException {
        xml.writeStartElement("meta");
        xml.writeStartElement("creator");
        xml.writeCharacters("Evidence Map");
        xml.writeEndElement();
        xml.writeStartElement("description");
        var area = export.area();
        xml.writeCharacters(ExportValues.xml("The local evidence system of " + area.name() + " (area '" + area.id()
                + "'" + (area.onsCode() == null ? "" : ", ONS code " + area.onsCode())
                + (area.region() == null ? "" : ", " + area.region()) + ")"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void declare(XMLStreamWriter xml, String kind, List<Attribute> properties)
            throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", kind);
        attribute(xml, "type", "type", ValueKind.STRING);
        for (Attribute property : properties) {
            attribute(xml, property.id(), property.title(), property.kind());
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void attribute(XMLStreamWriter xml, String id, String title, ValueKind kind)
            throws XMLStreamException {
        xml.writeEmptyElement("attribute");
        xml.writeAttribute("id", id);
        xml.writeAttribute("title", ExportValues.xml(title));
        xml.writeAttribute("type", kind.xmlName());
    }

    private static void writeNode(XMLStreamWriter xml, MapNode node, NodePosition position, List<Attribute> properties)
            throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", ExportValues.xml(node.id()));
        xml.writeAttribute("label", ExportValues.xml(node.name()));
        xml.writeStartElement("attvalues");
        value(xml, "type", node.type().label());
        for (Attribute property : properties) {
            Object value = node.property(property.property());
            if (value != null) {
                value(xml, property.id(), ExportValues.text(value));
            }
        }
        xml.writeEndElement();
        String colour = colour(node.type());
        xml.writeEmptyElement("viz", "color", VIZ);
        xml.writeAttribute("r", String.valueOf(Integer.parseInt(colour.substring(1, 3), 16)));
        xml.writeAttribute("g", String.valueOf(Integer.parseInt(colour.substring(3, 5), 16)));
        xml.writeAttribute("b", String.valueOf(Integer.parseInt(colour.substring(5, 7), 16)));
        if (position != null) {
            xml.writeEmptyElement("viz", "position", VIZ);
            xml.writeAttribute("x", String.valueOf(position.x()));
            xml.writeAttribute("y", String.valueOf(position.y()));
            xml.writeAttribute("z", "0.0");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void writeEdge(XMLStreamWriter xml, MapRelationship relationship, List<Attribute> properties)
            throws XMLStreamException {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", ExportValues.xml(relationship.id()));
        xml.writeAttribute("source", ExportValues.xml(relationship.from()));
        xml.writeAttribute("target", ExportValues.xml(relationship.to()));
        xml.writeAttribute("label", relationship.type().name());
        xml.writeAttribute("kind", relationship.type().name());
        xml.writeStartElement("attvalues");
        value(xml, "type", relationship.type().name());
        for (Attribute property : properties) {
            Object value = relationship.properties().get(property.property());
            if (value != null) {
                value(xml, property.id(), ExportValues.text(value));
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void value(XMLStreamWriter xml, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", attribute);
        xml.writeAttribute("value", marked(ExportValues.xml(value)));
    }

    /*
     * An XML writer writes a line break inside an attribute as it is, and every XML reader then
     * reads it as a space. So breaks and tabs in values are marked with control characters that
     * ExportValues.xml never lets through (it turns them into U+FFFD), and BreaksAsReferences
     * writes each mark as the character reference of what it stands for.
     */
    private static final char LINE_FEED = '\u0001';
    private static final char CARRIAGE_RETURN = '\u0002';
    private static final char TAB = '\u0003';

    private static String marked(String value) {
        return value.replace('\n', LINE_FEED).replace('\r', CARRIAGE_RETURN).replace('\t', TAB);
    }

    /** Writes the marks of {@link #marked} as {@code &#10;}, {@code &#13;} and {@code &#9;}. */
    private static final class BreaksAsReferences extends FilterWriter {

        BreaksAsReferences(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            switch (c) {
                case LINE_FEED -> out.write("&#10;");
                case CARRIAGE_RETURN -> out.write("&#13;");
                case TAB -> out.write("&#9;");
                default -> out.write(c);
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(chars[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(text.charAt(i));
            }
        }
    }

    /** The caller's stream, which closing the writer must not close. */
    private static final class KeptOpen extends java.io.FilterOutputStream {

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

    /** The colour ({@code #rrggbb}) nodes of this type are drawn in. */
    static String colour(NodeType type) {
        String colour = COLOURS.get(type.label());
        return colour != null ? colour : OTHER_COLOURS.get(type.ordinal() % OTHER_COLOURS.size());
    }
}

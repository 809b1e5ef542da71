package uk.evidencemap.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.evidencemap.exchange.ExportValues.ValueKind;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodePosition;

/**
 * GraphML (graphml.graphdrawing.org, the 1.0 schema): one directed graph whose nodes carry
 * {@code type} (the node type's label), {@code name} and {@code label} (both the node's name:
 * Gephi and yEd show {@code label}), {@code x} and {@code y} where the node was placed (the
 * canvas's coordinates, y downwards), and one attribute per property key the map uses; edges carry
 * {@code type} (the relationship type's name) and one attribute per relationship property. The
 * undirected types (collaboration, partnership) are directed edges like the rest, as their type
 * says what they are: NetworkX refuses an undirected edge inside a directed graph. Every attribute
 * is declared with a {@code <key>} of type string, long, double or boolean (the one kind holding
 * all its values); lists are written joined with "|". Read by Gephi, yEd, NetworkX ({@code
 * read_graphml}), JGraphT and the product's own GraphML import. The area's id, name, ONS code,
 * region and strong-evidence threshold are graph attributes. Written as a stream once the keys are
 * known.
 */
public final class GraphMlWriter implements ExchangeWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    /** Node attributes every file declares; a property with one of these names is written as "property.name". */
    private static final Set<String> NODE_ATTRIBUTES = Set.of("type", "name", "label", "x", "y");

    private static final Set<String> EDGE_ATTRIBUTES = Set.of("type");

    /** One declared attribute: its key id, its name in the file, and the property it comes from. */
    private record Key(String id, String name, ValueKind kind, String property) {}

    @Override
    public void write(ExportedArea export, OutputStream out) throws IOException {
        List<MapNode> nodes = export.graph().nodes();
        List<MapRelationship> relationships = export.graph().relationships();
        List<Key> nodeKeys = propertyKeys(
                "n",
                ExportValues.nodeKeys(nodes, Set.of()),
                NODE_ATTRIBUTES,
                key -> ExportValues.values(nodes, MapNode::properties, key));
        List<Key> edgeKeys = propertyKeys(
                "e",
                ExportValues.relationshipKeys(relationships, Set.of()),
                EDGE_ATTRIBUTES,
                key -> ExportValues.values(relationships, MapRelationship::properties, key));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", SCHEMA);
            xml.writeCharacters("\n");
            Map<String, String> area = areaAttributes(export);
            int g = 0;
            for (String name : area.keySet()) {
                declare(xml, "g" + g++, "graph", name, ValueKind.STRING);
            }
            declare(xml, "n_type", "node", "type", ValueKind.STRING);
            declare(xml, "n_name", "node", "name", ValueKind.STRING);
            declare(xml, "n_label", "node", "label", ValueKind.STRING);
            declare(xml, "n_x", "node", "x", ValueKind.DOUBLE);
            declare(xml, "n_y", "node", "y", ValueKind.DOUBLE);
            for (Key key : nodeKeys) {
                declare(xml, key.id(), "node", key.name(), key.kind());
            }
            declare(xml, "e_type", "edge", "type", ValueKind.STRING);
            for (Key key : edgeKeys) {
                declare(xml, key.id(), "edge", key.name(), key.kind());
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", ExportValues.xml(export.area().id()));
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
            g = 0;
            for (String value : area.values()) {
                data(xml, "g" + g++, value);
                xml.writeCharacters("\n");
            }
            for (MapNode node : nodes) {
                writeNode(xml, node, export.position(node.id()), nodeKeys);
            }
            for (MapRelationship relationship : relationships) {
                writeEdge(xml, relationship, edgeKeys);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("The GraphML file could not be written: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static Map<String, String> areaAttributes(ExportedArea export) {
        Map<String, String> area = new LinkedHashMap<>();
        area.put("areaId", export.area().id());
        area.put("areaName", export.area().name());
        if (export.area().onsCode() != null) {
            area.put("onsCode", export.area().onsCode());
        }
        if (export.area().region() != null) {
            area.put("region", export.area().region());
        }
        if (export.strongEvidence() != null) {
            area.put("strongEvidence", export.strongEvidence());
        }
        return area;
    }

    private static List<Key> propertyKeys(
            String prefix, List<String> properties, Set<String> reserved, Function<String, List<Object>> values) {
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            String property = properties.get(i);
            String name = reserved.contains(property) ? "property." + property : property;
            keys.add(new Key(prefix + i, name, ExportValues.kind(values.apply(property)), property));
        }
        return keys;
    }

    private static void declare(XMLStreamWriter xml, String id, String domain, String name, ValueKind kind)
            throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", ExportValues.xml(name));
        xml.writeAttribute("attr.type", kind.xmlName());
        xml.writeCharacters("\n");
    }

    private static void writeNode(XMLStreamWriter xml, MapNode node, NodePosition position, List<Key> keys)
            throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", ExportValues.xml(node.id()));
        data(xml, "n_type", node.type().label());
        data(xml, "n_name", node.name());
        data(xml, "n_label", node.name());
        if (position != null) {
            data(xml, "n_x", String.valueOf(position.x()));
            data(xml, "n_y", String.valueOf(position.y()));
        }
        for (Key key : keys) {
            Object value = node.property(key.property());
            if (value != null) {
                data(xml, key.id(), ExportValues.text(value));
            }
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void writeEdge(XMLStreamWriter xml, MapRelationship relationship, List<Key> keys)
            throws XMLStreamException {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", ExportValues.xml(relationship.id()));
        xml.writeAttribute("source", ExportValues.xml(relationship.from()));
        xml.writeAttribute("target", ExportValues.xml(relationship.to()));
        data(xml, "e_type", relationship.type().name());
        for (Key key : keys) {
            Object value = relationship.properties().get(key.property());
            if (value != null) {
                data(xml, key.id(), ExportValues.text(value));
            }
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(ExportValues.xml(value));
        xml.writeEndElement();
    }
}

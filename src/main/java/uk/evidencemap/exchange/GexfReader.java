package uk.evidencemap.exchange;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import uk.evidencemap.base.ValidationException;

/**
 * Reads GEXF, Gephi's format (gexf.net: versions 1.1, 1.2 and 1.3, namespaces
 * {@code http://www.gexf.net/1.2draft}, {@code http://gexf.net/1.3} and their {@code /viz}
 * companions), streaming with StAX ({@link XmlInput}: DTDs and external entities refused).
 * Elements are matched by local name, so any of these versions reads the same.
 *
 * <ul>
 *   <li>{@code <attributes class="node|edge">} declare attributes by id, with a title, a type
 *       (integer and long as Long; float and double as Double; boolean; liststring as a list) and
 *       an optional {@code <default>}; {@code <attvalue for="id" value="..."/>} gives a value (the
 *       first one, when a dynamic graph gives several).
 *   <li>A node's {@code label} is its label; attributes titled "type", "description" and "tags"
 *       ("|" separated) are its own parts, the others fields by title. {@code viz:position} is its
 *       position; {@code viz:color} its field "color" ("#rrggbb"), unless it is the colour the
 *       product's own GEXF gives the node's type (it says nothing more then). Nested nodes are read
 *       too.
 *   <li>An edge's {@code type} (directed, undirected, mutual) is taken, else the graph's {@code
 *       defaultedgetype} (undirected when absent, as the schema says); mutual is read as without
 *       direction, with the field "Direction" = "mutual"; its {@code weight} is the field "weight",
 *       its {@code label} the field "Label" (unless it repeats the edge's "type" attribute, as the
 *       product's own GEXF writes it); an attribute titled "polarity" or "sign" its polarity.
 * </ul>
 */
public class GexfReader implements ExchangeReader {

    private final ExchangeLimits limits;

    public GexfReader() {
        this(ExchangeLimits.DEFAULT);
    }

    public GexfReader(ExchangeLimits limits) {
        this.limits = limits;
    }

    private record Attribute(String title, String type) {}

    private static final class Item {
        final Map<String, String> attributes = new HashMap<>();
        int place;
        final Map<String, String> values = new LinkedHashMap<>();
        Double x;
        Double y;
        String color;
    }

    @Override
    public ExchangeGraph read(InputStream in) {
        XMLStreamReader xml = XmlInput.open(limits.readAll(in));
        String root = XmlInput.root(xml);
        if (!root.equals("gexf")) {
            throw new ValidationException("file", "the file is not GEXF: its root element is <" + root + ">");
        }
        GraphBuilder graph = new GraphBuilder(limits);
        Map<String, Map<String, Attribute>> declared = Map.of("node", new HashMap<>(), "edge", new HashMap<>());
        Map<String, Map<String, String>> defaults =
                Map.of("node", new LinkedHashMap<>(), "edge", new LinkedHashMap<>());
        String attributeClass = "node";
        String attributeId = null;
        StringBuilder text = null;
        String defaultEdgeType = "undirected";
        Deque<Item> nodes = new ArrayDeque<>();
        Item edge = null;
        int edges = 0;
        int depth = 1;
        while (depth > 0) {
            int event = XmlInput.next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                Item item = edge != null ? edge : nodes.peek();
                switch (xml.getLocalName()) {
                    case "graph" -> {
                        String type = XmlInput.attribute(xml, "defaultedgetype");
                        defaultEdgeType = type == null ? "undirected" : type.toLowerCase(Locale.ROOT);
                    }
                    case "attributes" -> {
                        String kind = XmlInput.attribute(xml, "class");
                        attributeClass = "edge".equals(kind) ? "edge" : "node".equals(kind) ? "node" : "other";
                    }
                    case "attribute" -> {
                        attributeId = XmlInput.attribute(xml, "id");
                        String title = XmlInput.attribute(xml, "title");
                        if (attributeId != null && !attributeClass.equals("other")) {
                            declared.get(attributeClass)
                                    .put(
                                            attributeId,
                                            new Attribute(
                                                    title == null ? attributeId : title,
                                                    XmlInput.attribute(xml, "type")));
                        }
                    }
                    case "default" -> text = new StringBuilder();
                    case "node" -> {
                        Item node = attributes(xml, new Item());
                        node.place = graph.reserve();
                        nodes.push(node);
                    }
                    case "edge" -> edge = attributes(xml, new Item());
                    case "attvalue" -> {
                        String id = XmlInput.attribute(xml, "for");
                        id = id != null ? id : XmlInput.attribute(xml, "id");
                        if (item != null && id != null) {
                            item.values.putIfAbsent(id, XmlInput.attribute(xml, "value"));
                        }
                    }
                    case "position" -> {
                        if (item != null) {
                            item.x = Values.number(XmlInput.attribute(xml, "x"));
                            item.y = Values.number(XmlInput.attribute(xml, "y"));
                        }
                    }
                    case "color" -> {
                        if (item != null) {
                            item.color = hex(xml);
                        }
                    }
                    default -> {}
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (text != null) {
                    text.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                switch (xml.getLocalName()) {
                    case "default" -> {
                        if (attributeId != null && !attributeClass.equals("other") && text != null) {
                            defaults.get(attributeClass).put(attributeId, text.toString());
                        }
                        text = null;
                    }
                    case "node" -> {
                        Item node = nodes.pop();
                        graph.element(node.place, element(node, declared.get("node"), defaults.get("node")));
                    }
                    case "edge" -> {
                        edges++;
                        graph.connection(
                                connection(edge, edges, defaultEdgeType, declared.get("edge"), defaults.get("edge")));
                        edge = null;
                    }
                    default -> {}
                }
            }
        }
        return graph.build("GEXF document");
    }

    private static Item attributes(XMLStreamReader xml, Item item) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            item.attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return item;
    }

    private static String hex(XMLStreamReader xml) {
        Double r = Values.number(XmlInput.attribute(xml, "r"));
        Double g = Values.number(XmlInput.attribute(xml, "g"));
        Double b = Values.number(XmlInput.attribute(xml, "b"));
        if (r == null || g == null || b == null) {
            return null;
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", channel(r), channel(g), channel(b));
    }

    private static int channel(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** The item's attribute values by title, typed, with the declared defaults where it has none. */
    private static Map<String, Object> values(
            Item item, Map<String, Attribute> declared, Map<String, String> defaults) {
        Map<String, Object> values = new LinkedHashMap<>();
        item.values.forEach((id, text) -> put(values, declared.get(id), id, text));
        defaults.forEach((id, text) -> {
            if (!item.values.containsKey(id)) {
                put(values, declared.get(id), id, text);
            }
        });
        return values;
    }

    private static void put(Map<String, Object> values, Attribute attribute, String id, String text) {
        Object value = typed(attribute == null ? null : attribute.type(), text);
        if (value != null) {
            values.put(attribute == null ? id : attribute.title(), value);
        }
    }

    private static Object typed(String type, String text) {
        String value = Values.text(text);
        if (value == null || type == null) {
            return value;
        }
        try {
            return switch (type.toLowerCase(Locale.ROOT)) {
                case "integer", "long", "short", "byte", "biginteger" -> Long.valueOf(value);
                case "float", "double", "bigdecimal" -> Double.valueOf(value);
                case "boolean" -> Boolean.valueOf(value.equalsIgnoreCase("true") || value.equals("1"));
                case "liststring" ->
                    Values.split(value.replaceAll("^\\[|]$", "").replace(',', '|'));
                default -> value;
            };
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static ExchangeGraph.Element element(
            Item node, Map<String, Attribute> declared, Map<String, String> defaults) {
        String id = node.attributes.get("id");
        Map<String, Object> values = values(node, declared, defaults);
        String type = text(take(values, "type"));
        String description = text(take(values, "description"));
        List<String> tags = Values.split(text(take(values, "tags")));
        boolean typeColour = TypeWords.nodeType(type)
                .filter(t -> t.label().equals(type) && GexfWriter.colour(t).equalsIgnoreCase(node.color))
                .isPresent();
        if (node.color != null && !typeColour) {
            values.put("color", node.color);
        }
        return new ExchangeGraph.Element(
                "node '" + id + "'", id, node.attributes.get("label"), type, description, tags, values, node.x, node.y);
    }

    private static ExchangeGraph.Connection connection(
            Item edge, int number, String defaultType, Map<String, Attribute> declared, Map<String, String> defaults) {
        String id = edge.attributes.get("id");
        String kind = edge.attributes.get("type");
        kind = kind == null ? defaultType : kind.toLowerCase(Locale.ROOT);
        Map<String, Object> values = values(edge, declared, defaults);
        String type = text(take(values, "type"));
        String polarity = Values.polarity(text(values.get("polarity")));
        if (polarity != null) {
            take(values, "polarity");
        } else if ((polarity = Values.polarity(text(values.get("sign")))) != null) {
            take(values, "sign");
        } else if (Values.polarity(type) != null) {
            polarity = Values.polarity(type);
            type = null;
        }
        String description = text(take(values, "description"));
        List<String> tags = Values.split(text(take(values, "tags")));
        Double weight = Values.number(edge.attributes.get("weight"));
        if (weight != null) {
            values.put("weight", weight);
        }
        String label = Values.text(edge.attributes.get("label"));
        if (label != null && !label.equals(type)) {
            values.put("Label", label);
        }
        if (kind.equals("mutual")) {
            values.put("Direction", "mutual");
        }
        return new ExchangeGraph.Connection(
                id != null ? "edge '" + id + "'" : "edge " + number,
                edge.attributes.get("source"),
                edge.attributes.get("target"),
                false,
                type,
                polarity,
                kind.equals("directed"),
                description,
                tags,
                values);
    }

    private static Object take(Map<String, Object> values, String name) {
        for (String key : List.copyOf(values.keySet())) {
            if (key.equalsIgnoreCase(name)) {
                return values.remove(key);
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value == null ? null : Values.text(value.toString());
    }
}

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
 * Reads GraphML (graphml.graphdrawing.org, the GraphML Primer and its schema 1.1), streaming with
 * StAX ({@link XmlInput}: DTDs and external entities refused).
 *
 * <ul>
 *   <li>{@code <key>} declarations give each {@code <data>} its name ({@code attr.name}, else the
 *       key's id), its type ({@code attr.type}: boolean, int and long as Long, float and double as
 *       Double, string) and a {@code <default>} used where a node or edge has no value.
 *   <li>A node's label is its "label" attribute, else "name" (igraph writes names so), else its
 *       yEd label, else its id (a warning says so); "type", "description" and "tags" ("|"
 *       separated) are its own parts; "x" and "y" its position (Gephi writes them so); every other
 *       attribute a field. NetworkX ({@code nx.write_graphml}) writes attributes under these names.
 *   <li>yEd's graphics ({@code yfiles.type="nodegraphics"}): the first {@code y:NodeLabel} is the
 *       yEd label, and the centre of {@code y:Geometry} (x + width / 2, y + height / 2) the
 *       position; an edge's {@code y:EdgeLabel} its field "Label". Nodes inside group nodes are
 *       read like the others.
 *   <li>An edge is directed as its {@code directed} attribute says, else as its graph's {@code
 *       edgedefault}; its "type" is its polarity when it is one, else its type; "polarity" or
 *       "sign" its polarity; "description" and "tags" its own parts; others fields.
 *   <li>The outermost graph's own {@code <data>} are kept as the area's fields, by name (the
 *       product's GraphML writes the area's id, name, ONS code, region and strong-evidence
 *       threshold there).
 *   <li>Hyperedges are not read (a warning says how many).
 * </ul>
 */
public class GraphMlReader implements ExchangeReader {

    private final ExchangeLimits limits;

    public GraphMlReader() {
        this(ExchangeLimits.DEFAULT);
    }

    public GraphMlReader(ExchangeLimits limits) {
        this.limits = limits;
    }

    private record Key(String id, String forWhat, String name, String type, String yfiles) {}

    /** A node or edge being read: its attributes, its data by key, and what yEd's graphics said. */
    private static final class Item {
        final Map<String, String> attributes = new HashMap<>();
        int place;
        final Map<String, String> data = new LinkedHashMap<>();
        String graphicsLabel;
        boolean labelledById;
        Double x;
        Double y;
    }

    @Override
    public ExchangeGraph read(InputStream in) {
        XMLStreamReader xml = XmlInput.open(limits.readAll(in));
        String root = XmlInput.root(xml);
        if (!root.equals("graphml")) {
            throw new ValidationException("file", "the file is not GraphML: its root element is <" + root + ">");
        }
        GraphBuilder graph = new GraphBuilder(limits);
        Map<String, Key> keys = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        Deque<Boolean> directedByDefault = new ArrayDeque<>();
        Deque<Item> nodes = new ArrayDeque<>();
        Item edge = null;
        Key key = null;
        String dataKey = null;
        StringBuilder text = null;
        int graphicsDepth = 0;
        boolean inLabel = false;
        int edges = 0;
        int hyperedges = 0;
        int unlabelled = 0;
        int depth = 1;
        while (depth > 0) {
            int event = XmlInput.next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                Item item = edge != null ? edge : nodes.peek();
                if (dataKey != null) {
                    graphicsDepth++;
                    if (item != null
                            && (name.equals("NodeLabel") || name.equals("EdgeLabel"))
                            && item.graphicsLabel == null) {
                        inLabel = true;
                        text = new StringBuilder();
                    } else if (item != null && name.equals("Geometry") && item.x == null) {
                        Double x = Values.number(XmlInput.attribute(xml, "x"));
                        Double y = Values.number(XmlInput.attribute(xml, "y"));
                        Double width = Values.number(XmlInput.attribute(xml, "width"));
                        Double height = Values.number(XmlInput.attribute(xml, "height"));
                        if (x != null && y != null) {
                            item.x = x + (width == null ? 0 : width / 2);
                            item.y = y + (height == null ? 0 : height / 2);
                        }
                    }
                    continue;
                }
                switch (name) {
                    case "key" -> {
                        key = new Key(
                                XmlInput.attribute(xml, "id"),
                                XmlInput.attribute(xml, "for"),
                                XmlInput.attribute(xml, "attr.name"),
                                XmlInput.attribute(xml, "attr.type"),
                                XmlInput.attribute(xml, "yfiles.type"));
                        if (key.id() != null) {
                            keys.put(key.id(), key);
                        }
                    }
                    case "default" -> text = new StringBuilder();
                    case "graph" ->
                        directedByDefault.push(!"undirected".equals(XmlInput.attribute(xml, "edgedefault")));
                    case "node" -> {
                        Item node = attributes(xml, new Item());
                        node.place = graph.reserve();
                        nodes.push(node);
                    }
                    case "edge" -> edge = attributes(xml, new Item());
                    case "data" -> {
                        dataKey = XmlInput.attribute(xml, "key");
                        text = new StringBuilder();
                        graphicsDepth = 0;
                    }
                    case "hyperedge" -> hyperedges++;
                    default -> {}
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (text != null && (graphicsDepth == 0 || inLabel)) {
                    text.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String name = xml.getLocalName();
                Item item = edge != null ? edge : nodes.peek();
                if (dataKey != null && graphicsDepth > 0) {
                    graphicsDepth--;
                    if (inLabel && (name.equals("NodeLabel") || name.equals("EdgeLabel"))) {
                        inLabel = false;
                        item.graphicsLabel = Values.text(text.toString());
                    }
                    continue;
                }
                switch (name) {
                    case "default" -> {
                        if (key != null && key.id() != null) {
                            defaults.put(key.id(), text.toString());
                        }
                        text = null;
                    }
                    case "key" -> key = null;
                    case "graph" -> directedByDefault.pop();
                    case "data" -> {
                        Key declared = keys.get(dataKey);
                        if (item != null && dataKey != null && (declared == null || declared.yfiles() == null)) {
                            item.data.put(dataKey, text.toString());
                        } else if (item == null && dataKey != null && directedByDefault.size() == 1) {
                            // the outermost graph's own data: the area's fields in the product's GraphML
                            String field = declared == null || declared.name() == null ? dataKey : declared.name();
                            String value = Values.text(text.toString());
                            if (value != null) {
                                graph.area(field, value);
                            }
                        }
                        dataKey = null;
                        text = null;
                    }
                    case "node" -> {
                        Item node = nodes.pop();
                        graph.element(node.place, element(node, keys, defaults));
                        unlabelled += node.labelledById ? 1 : 0;
                    }
                    case "edge" -> {
                        edges++;
                        boolean byDefault = directedByDefault.isEmpty() || directedByDefault.peek();
                        graph.connection(connection(edge, edges, byDefault, keys, defaults));
                        edge = null;
                    }
                    default -> {}
                }
            }
        }
        if (unlabelled > 0) {
            graph.warn(unlabelled + " node(s) have no label or name: their ids were used as labels");
        }
        if (hyperedges > 0) {
            graph.warn(hyperedges + " hyperedge(s) were not read: a connection joins two elements");
        }
        return graph.build("GraphML document");
    }

    private static Item attributes(XMLStreamReader xml, Item item) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            item.attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return item;
    }

    /** The item's values by attribute name, typed, with the keys' defaults where it has none. */
    private static Map<String, Object> values(
            Item item, String kind, Map<String, Key> keys, Map<String, String> defaults) {
        Map<String, Object> values = new LinkedHashMap<>();
        item.data.forEach((id, text) -> put(values, keys.get(id), id, text));
        defaults.forEach((id, text) -> {
            Key key = keys.get(id);
            if (!item.data.containsKey(id)
                    && key != null
                    && (kind.equals(key.forWhat()) || "all".equals(key.forWhat()))) {
                put(values, key, id, text);
            }
        });
        return values;
    }

    private static void put(Map<String, Object> values, Key key, String id, String text) {
        String name = key == null || key.name() == null ? id : key.name();
        Object value = typed(key == null ? null : key.type(), text);
        if (value != null) {
            values.put(name, value);
        }
    }

    private static Object typed(String type, String text) {
        String value = Values.text(text);
        if (value == null || type == null) {
            return value;
        }
        try {
            return switch (type.toLowerCase(Locale.ROOT)) {
                case "boolean" -> Boolean.valueOf(value.equalsIgnoreCase("true") || value.equals("1"));
                case "int", "long" -> Long.valueOf(value);
                case "float", "double" -> Double.valueOf(value);
                default -> value;
            };
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static ExchangeGraph.Element element(Item node, Map<String, Key> keys, Map<String, String> defaults) {
        String id = node.attributes.get("id");
        Map<String, Object> values = values(node, "node", keys, defaults);
        String label = text(take(values, "label"));
        String name = text(take(values, "name"));
        label = label != null ? label : name != null ? name : node.graphicsLabel;
        if (label == null) {
            label = id;
            node.labelledById = true;
        }
        if (name != null && !name.equals(label)) {
            values.put("name", name);
        }
        Double x = number(take(values, "x"));
        Double y = number(take(values, "y"));
        return new ExchangeGraph.Element(
                "node '" + id + "'",
                id,
                label,
                text(take(values, "type")),
                text(take(values, "description")),
                Values.split(text(take(values, "tags"))),
                values,
                node.x != null ? node.x : x,
                node.x != null ? node.y : y);
    }

    private static ExchangeGraph.Connection connection(
            Item edge, int number, boolean byDefault, Map<String, Key> keys, Map<String, String> defaults) {
        String id = edge.attributes.get("id");
        String directed = edge.attributes.get("directed");
        Map<String, Object> values = values(edge, "edge", keys, defaults);
        String type = text(take(values, "type"));
        String polarity = null;
        for (String name : new String[] {"polarity", "sign"}) {
            String value = values.keySet().stream()
                    .filter(k -> k.equalsIgnoreCase(name))
                    .findFirst()
                    .map(k -> Values.polarity(text(values.get(k))))
                    .orElse(null);
            if (polarity == null && value != null) {
                polarity = value;
                take(values, name);
            }
        }
        if (polarity == null && Values.polarity(type) != null) {
            polarity = Values.polarity(type);
            type = null;
        }
        if (edge.graphicsLabel != null && !values.containsKey("label")) {
            values.put("Label", edge.graphicsLabel);
        }
        return new ExchangeGraph.Connection(
                id != null ? "edge '" + id + "'" : "edge " + number,
                edge.attributes.get("source"),
                edge.attributes.get("target"),
                false,
                type,
                polarity,
                directed == null ? byDefault : directed.equals("true"),
                text(take(values, "description")),
                Values.split(text(take(values, "tags"))),
                values);
    }

    /** Removes and returns a value by name, compared ignoring case. */
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

    private static Double number(Object value) {
        return value instanceof Number n ? Double.valueOf(n.doubleValue()) : Values.number(text(value));
    }
}

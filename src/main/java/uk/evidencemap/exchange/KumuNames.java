package uk.evidencemap.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.PropertySpec;

/**
 * The names Kumu files give to things: element labels that a spreadsheet's From and To columns can
 * name without doubt, and field names for property keys.
 *
 * <p>Kumu's spreadsheet import connects elements by label (docs.kumu.io, "Structure your data":
 * From and To name elements by their Label, and a "|" in them separates several elements). So a
 * label must be unique (compared ignoring case, as people read them) and free of "|". Labels that
 * are not keep the node's name with its type added, "Name (Type)", and a number when that is still
 * taken, "Name (Type 2)"; a "|" becomes "/". Every changed label is listed in {@link #renamed()}.
 */
final class KumuNames {

    /** A node whose label in the file is not its name, and why. */
    record Renamed(MapNode node, String label, String reason) {}

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<Renamed> renamed = new ArrayList<>();

    private KumuNames(List<MapNode> nodes) {
        Map<String, Integer> uses = new HashMap<>();
        nodes.forEach(n -> uses.merge(fold(base(n.name())), 1, Integer::sum));
        Set<String> taken = new HashSet<>(uses.keySet());
        for (MapNode node : nodes) {
            String base = base(node.name());
            if (uses.get(fold(base)) == 1) {
                labels.put(node.id(), base);
                if (!base.equals(node.name())) {
                    renamed.add(
                            new Renamed(node, base, "'|' separates several elements in Kumu's From and To columns"));
                }
                continue;
            }
            String label = base + " (" + node.type().label() + ")";
            for (int n = 2; taken.contains(fold(label)); n++) {
                label = base + " (" + node.type().label() + " " + n + ")";
            }
            taken.add(fold(label));
            labels.put(node.id(), label);
            renamed.add(new Renamed(node, label, "another node is also called '" + base + "'"));
        }
    }

    /** Labels for these nodes, chosen in the map's order. */
    static KumuNames of(List<MapNode> nodes) {
        return new KumuNames(nodes);
    }

    /** The node's label in the file; its id when it is not one of the nodes. */
    String label(String nodeId) {
        return labels.getOrDefault(nodeId, nodeId);
    }

    /** The nodes whose label is not their name, in the map's order. */
    List<Renamed> renamed() {
        return List.copyOf(renamed);
    }

    /**
     * Field names for property keys, each unique (ignoring case) and different from {@code fixed}:
     * a custom field ("field.Population") goes by its own name ("Population"), a model property by its
     * key ("evidenceRating"); when that is taken, by its key, and then by "Property key".
     *
     * @return the name of each key, in the order of {@code keys}
     */
    static Map<String, String> fields(List<String> keys, List<String> fixed) {
        Set<String> taken = new HashSet<>();
        fixed.forEach(f -> taken.add(fold(f)));
        Map<String, String> names = new LinkedHashMap<>();
        for (String key : keys) {
            String own =
                    key.startsWith(PropertySpec.FIELD_PREFIX) ? key.substring(PropertySpec.FIELD_PREFIX.length()) : key;
            String name = own;
            if (own.isBlank() || taken.contains(fold(own))) {
                name = taken.contains(fold(key)) ? "Property " + key : key;
            }
            taken.add(fold(name));
            names.put(key, name);
        }
        return names;
    }

    private static String base(String name) {
        return name == null ? "" : name.replace('|', '/');
    }

    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

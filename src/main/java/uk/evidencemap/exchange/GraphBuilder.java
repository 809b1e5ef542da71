package uk.evidencemap.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.evidencemap.base.ValidationException;

/**
 * What a reader has read so far: elements, connections and warnings, checked against the
 * {@link ExchangeLimits} as they come, so that a file with too many rows stops being read at the
 * first row over the limit.
 */
final class GraphBuilder {

    private final ExchangeLimits limits;
    private final List<ExchangeGraph.Element> elements = new ArrayList<>();
    private final List<ExchangeGraph.Connection> connections = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private boolean ownIds;
    private final Map<String, Object> area = new LinkedHashMap<>();

    GraphBuilder(ExchangeLimits limits) {
        this.limits = limits;
    }

    void element(ExchangeGraph.Element element) {
        limits.checkElements(elements.size() + 1);
        elements.add(element);
    }

    /**
     * Keeps the next place in file order for an element read later (a node that holds other
     * nodes is finished after them).
     *
     * @return the place, for {@link #element(int, ExchangeGraph.Element)}
     */
    int reserve() {
        limits.checkElements(elements.size() + 1);
        elements.add(null);
        return elements.size() - 1;
    }

    void element(int place, ExchangeGraph.Element element) {
        elements.set(place, element);
    }

    void connection(ExchangeGraph.Connection connection) {
        limits.checkConnections(connections.size() + 1);
        connections.add(connection);
    }

    /** A warning; the same text twice is kept once. */
    void warn(String warning) {
        warnings.add(warning);
    }

    /** Says that the elements' keys are the ids of the product's own nodes ({@link ExchangeGraph#ownIds()}). */
    void ownIds() {
        ownIds = true;
    }

    /** One of the area's own fields, when the file carries them (the product's GraphML). */
    void area(String field, Object value) {
        area.putIfAbsent(field, value);
    }

    int elementCount() {
        return elements.size();
    }

    List<ExchangeGraph.Element> elements() {
        return elements;
    }

    /**
     * The graph read.
     *
     * @param what how the file's kind is named in the message when it holds nothing, e.g. "Kumu
     *     project", "GraphML document"
     * @throws ValidationException field "file" when the file holds no element and no connection
     */
    ExchangeGraph build(String what) {
        if (elements.isEmpty() && connections.isEmpty()) {
            throw new ValidationException("file", "the " + what + " holds no elements and no connections");
        }
        return new ExchangeGraph(elements, connections, area, List.copyOf(warnings), ownIds);
    }
}

package uk.evidencemap.analysis;

import java.util.List;

/**
 * The network figures of an area: each person, organisation and intervention (people first, then
 * organisations, then interventions, each by name) and the whole network.
 */
public record NetworkReport(List<NodeFigures> nodes, NetworkFigures network) {

    public NetworkReport {
        nodes = List.copyOf(nodes);
    }
}

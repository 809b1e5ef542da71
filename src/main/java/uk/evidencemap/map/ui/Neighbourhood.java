package uk.evidencemap.map.ui;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapRelationship;

/** The nodes near one node of a map: what "focus on the selected node" draws. */
final class Neighbourhood {

    private Neighbourhood() {}

    /**
     * The ids of {@code centre} and of every node within {@code steps} relationships of it, in
     * either direction, walking only along relationships that pass {@code follows} and only
     * through nodes in {@code among} (the nodes the filters show).
     */
    static Set<String> around(
            AreaGraph graph, String centre, int steps, Set<String> among, Predicate<MapRelationship> follows) {
        Set<String> near = new HashSet<>(Set.of(centre));
        Set<String> frontier = Set.of(centre);
        for (int i = 0; i < steps; i++) {
            Set<String> next = new HashSet<>();
            for (MapRelationship r : graph.relationships()) {
                if (!follows.test(r)) {
                    continue;
                }
                if (frontier.contains(r.from()) && among.contains(r.to()) && near.add(r.to())) {
                    next.add(r.to());
                }
                if (frontier.contains(r.to()) && among.contains(r.from()) && near.add(r.from())) {
                    next.add(r.from());
                }
            }
            frontier = next;
        }
        return near;
    }
}

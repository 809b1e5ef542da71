package uk.evidencemap.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeLog;

/**
 * Many nodes and relationships added to an area at once (an import): one transaction, one record
 * in the change log that undo takes back whole, one {@code AreaChanged} for open pages and the
 * analyses (decision 012). The draft is checked against the same rules as a single change before
 * anything is written.
 */
@Service
@Transactional
public class MapImportService {

    private final MapRepository map;
    private final ImportRepository imports;
    private final ImportContent content;
    private final AreaService areas;
    private final MapService mapService;

    MapImportService(
            MapRepository map,
            ImportRepository imports,
            ImportContent content,
            AreaService areas,
            MapService mapService) {
        this.map = map;
        this.imports = imports;
        this.content = content;
        this.areas = areas;
        this.mapService = mapService;
    }

    /**
     * Writes the draft into the area: every node without an {@code existingId} is created with a new
     * id (at its place when it has one), every link becomes a relationship.
     *
     * @return what was written, with the number of the change-log record
     * @throws uk.evidencemap.base.NotFoundException when there is no area with this id
     * @throws ValidationException when the draft is empty, a key repeats, a node or relationship
     *     breaks the model's rules, an existing id is not a node of the area (or a catalogue
     *     programme) of the type given, a link names a key not in the draft, joins types the model
     *     does not join, joins a node to itself, repeats another link, or exists on the map already:
     *     each named ("node 'k': name: is required", "link 3: ..."); nothing is written then
     * @throws org.springframework.security.access.AccessDeniedException when the current user may not
     *     edit the area
     */
    @PreAuthorize("@access.canEdit(#areaId)")
    public ImportedGraph importGraph(String areaId, GraphDraft draft) {
        areas.require(areaId);
        map.lockArea(areaId);
        List<Violation> violations = new ArrayList<>();
        if (draft.nodes().isEmpty() && draft.links().isEmpty()) {
            throw new ValidationException("file", "holds nothing to import");
        }
        Map<String, MapNode> byKey = new HashMap<>();
        List<MapNode> created = new ArrayList<>();
        Map<String, NodePosition> places = new HashMap<>();
        List<String> used = new ArrayList<>();
        // the nodes already there that the draft uses, read at once (never one read per node)
        Map<String, MapNode> there = imports.nodes(draft.nodes().stream()
                .map(GraphDraft.Node::existingId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        for (GraphDraft.Node node : draft.nodes()) {
            String at = "node '" + node.key() + "'";
            if (byKey.containsKey(node.key())) {
                violations.add(new Violation(at, "the key is used by another node of the file"));
                continue;
            }
            if (node.existingId() != null) {
                var existing = Optional.ofNullable(there.get(node.existingId()))
                        .filter(n -> areaId.equals(n.areaId()) || n.type() == NodeType.PROGRAMME)
                        .filter(n -> n.type() == node.type());
                if (existing.isEmpty()) {
                    violations.add(new Violation(
                            at,
                            "stands for '" + node.existingId() + "', which is not "
                                    + node.type().withArticle() + " of this area"));
                } else {
                    byKey.put(node.key(), existing.get());
                    used.add(existing.get().id());
                }
                continue;
            }
            if (node.type() == NodeType.PROGRAMME) {
                violations.add(new Violation(
                        at,
                        "programmes are a shared catalogue kept by administrators;"
                                + " an import may connect to a catalogue programme but not create one"));
                continue;
            }
            try {
                var checked = NodeRules.checkNew(node.type(), node.name(), node.properties());
                MapNode n = new MapNode(
                        UUID.randomUUID().toString(), node.type(), areaId, checked.name(), 0, checked.properties());
                byKey.put(node.key(), n);
                created.add(n);
                if (node.x() != null && node.y() != null && Double.isFinite(node.x()) && Double.isFinite(node.y())) {
                    places.put(n.id(), new NodePosition(node.x(), node.y()));
                }
            } catch (ValidationException e) {
                e.violations().forEach(v -> violations.add(new Violation(at + ": " + v.field(), v.message())));
            }
        }
        List<MapRelationship> relationships = links(areaId, draft, byKey, Set.copyOf(used), violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Map<String, String> names = new HashMap<>();
        byKey.values().forEach(n -> names.put(n.id(), n.name()));
        String importId = UUID.randomUUID().toString();
        Map<String, Object> state = ImportContent.state(draft.source(), created, places, relationships, names, used);
        content.write(areaId, state);
        Change recorded = content.recordWritten(areaId, importId, state, ChangeLog.Link.NONE);
        mapService.publishChanged(areaId);
        return new ImportedGraph(importId, recorded.seq(), created.size(), used.size(), relationships.size());
    }

    /** A link of the draft between two nodes that were there already, and where it is in the draft. */
    private record Between(String at, MapNode from, MapNode to) {}

    private List<MapRelationship> links(
            String areaId, GraphDraft draft, Map<String, MapNode> byKey, Set<String> used, List<Violation> violations) {
        List<MapRelationship> relationships = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, NodeType> drafted = new HashMap<>();
        draft.nodes().forEach(n -> drafted.putIfAbsent(n.key(), n.type()));
        int number = 0;
        // links between two nodes already there, checked against the map once per type after the loop
        Map<RelationshipType, List<Between>> betweenExisting = new EnumMap<>(RelationshipType.class);
        for (GraphDraft.Link link : draft.links()) {
            number++;
            String at = "link " + number;
            MapNode from = byKey.get(link.from());
            MapNode to = byKey.get(link.to());
            NodeType fromType = drafted.get(link.from());
            NodeType toType = drafted.get(link.to());
            if ((from == null || to == null) && fromType != null && toType != null) {
                // an end the file holds but that breaks a rule, reported with its node
                if (!link.type().fits(fromType, toType)) {
                    violations.add(new Violation(
                            at,
                            link.type().rule() + ", not from " + fromType.withArticle() + " to "
                                    + toType.withArticle()));
                }
                continue;
            }
            if (from == null || to == null) {
                violations.add(new Violation(
                        at,
                        "names '" + (from == null ? link.from() : link.to()) + "', which is not a node of the file"));
                continue;
            }
            if (from.id().equals(to.id())) {
                violations.add(new Violation(at, "joins '" + from.name() + "' to itself"));
                continue;
            }
            if (!link.type().fits(from.type(), to.type())) {
                violations.add(new Violation(
                        at,
                        link.type().rule() + ", not from " + from.type().withArticle() + " to "
                                + to.type().withArticle()));
                continue;
            }
            if (from.areaId() == null && to.areaId() == null) {
                violations.add(new Violation(at, "joins two catalogue programmes"));
                continue;
            }
            String pair = link.type() + " " + from.id() + " " + to.id();
            String reverse = link.type() + " " + to.id() + " " + from.id();
            if (!seen.add(pair) || (link.type().undirected() && seen.contains(reverse))) {
                violations.add(new Violation(
                        at,
                        "repeats another link: '" + from.name() + "' "
                                + link.type().verb() + " '" + to.name() + "'"));
                continue;
            }
            boolean bothThere = used.contains(from.id()) && used.contains(to.id());
            if (bothThere) {
                betweenExisting
                        .computeIfAbsent(link.type(), t -> new ArrayList<>())
                        .add(new Between(at, from, to));
            }
            try {
                Map<String, Object> properties = NodeRules.checkRelationshipProperties(link.type(), link.properties());
                relationships.add(new MapRelationship(
                        UUID.randomUUID().toString(),
                        link.type(),
                        from.id(),
                        to.id(),
                        areaId,
                        new LinkedHashMap<>(properties)));
            } catch (ValidationException e) {
                e.violations().forEach(v -> violations.add(new Violation(at + ": " + v.field(), v.message())));
            }
        }
        betweenExisting.forEach((type, links) -> {
            Set<String> joined = imports.joined(
                    type,
                    links.stream()
                            .map(l -> Map.<String, Object>of("from", l.from().id(), "to", l.to().id()))
                            .toList());
            for (Between l : links) {
                if (joined.contains(l.from().id() + " " + l.to().id())) {
                    violations.add(new Violation(
                            l.at(),
                            "'" + l.from().name() + "' " + type.verb() + " '" + l.to().name()
                                    + "' is on the map already"));
                }
            }
        });
        return relationships;
    }
}

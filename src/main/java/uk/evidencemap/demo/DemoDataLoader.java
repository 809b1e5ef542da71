package uk.evidencemap.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import uk.evidencemap.area.AreaDraft;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.comparison.SnapshotService;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipDraft;
import uk.evidencemap.map.RelationshipType;

/**
 * Loads the four Changemakers pilot areas (York, Merton, Stockport, Wirral) and the programme
 * catalogue into an empty database, from {@code src/main/resources/demo} (see {@link DemoDataset}).
 * Everything goes through the same services, and so the same validation, as a person's edits, in
 * one transaction: the demo data is all there or not at all. Demo mode runs it as the system
 * user at start-up.
 */
@Service
public class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataRepository repository;
    private final AreaService areas;
    private final MapService map;
    private final CatalogueService catalogue;
    private final SnapshotService snapshots;
    /** Quarterly illustrative snapshots before today: the two years of the pilot programme. */
    static final int HISTORY_QUARTERS = 8;

    private final JsonMapper json = JsonMapper.builder().build();

    DemoDataLoader(
            DemoDataRepository repository,
            AreaService areas,
            MapService map,
            CatalogueService catalogue,
            SnapshotService snapshots) {
        this.snapshots = snapshots;
        this.repository = repository;
        this.areas = areas;
        this.map = map;
        this.catalogue = catalogue;
    }

    /**
     * Loads the demo data if the database holds no areas and no map nodes (users do not count):
     * the catalogue programmes, the four areas with their nodes and relationships (recorded in the
     * change log as changes by the current user), and {@value #HISTORY_QUARTERS} quarters (two
     * years) of illustrative comparison snapshots for each area. Logs the counts and the time taken
     * (ms).
     *
     * @return true when it loaded the data; false when the database already held some, and nothing
     *     was written
     * @throws AccessDeniedException when the current user is not an administrator
     * @throws IllegalStateException when a demo file is missing or a relationship line in it cannot
     *     be read (not "fromKey TYPE toKey" with known keys)
     * @throws UncheckedIOException when a demo file cannot be read
     * @throws JacksonException when a demo file is not JSON of the expected shape
     * @throws ValidationException when the demo data breaks the model's rules (an unknown node or
     *     relationship type, a property out of range, two areas with one id or ONS code)
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean loadIfEmpty() {
        if (repository.hasUserData()) {
            log.info("The database already holds areas: demo data not loaded");
            return false;
        }
        long started = System.nanoTime();
        Map<String, String> programmeIds = new HashMap<>();
        DemoDataset.Catalogue programmes = read("catalogue", DemoDataset.Catalogue.class);
        programmes.programmes().forEach((key, node) -> {
            MapNode created = catalogue.create((String) node.get(0), properties(node, 1));
            programmeIds.put("programme:" + key, created.id());
        });
        int nodes = 0;
        int relationships = 0;
        List<String> areaIds = new ArrayList<>();
        for (String file : DemoDataset.AREA_FILES) {
            DemoDataset.AreaFile area = read(file, DemoDataset.AreaFile.class);
            var info = area.area();
            areas.create(new AreaDraft(info.id(), info.name(), info.onsCode(), info.region()));
            areaIds.add(info.id());
            Map<String, String> ids = new HashMap<>(programmeIds);
            for (var entry : area.nodes().entrySet()) {
                List<Object> node = entry.getValue();
                MapNode created = map.createNode(
                        info.id(),
                        new NodeDraft(NodeType.parse((String) node.get(0)), (String) node.get(1), properties(node, 2)));
                ids.put(entry.getKey(), created.id());
                nodes++;
            }
            for (String line : area.relationships()) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length < 3 || parts.length > 4 || !ids.containsKey(parts[0]) || !ids.containsKey(parts[2])) {
                    throw new IllegalStateException("Demo file " + file + ": cannot read relationship '" + line + "'");
                }
                // an influence may end with its polarity: "a INFLUENCES b SAME"
                Map<String, Object> properties = parts.length == 4 ? Map.of("polarity", parts[3]) : Map.of();
                map.createRelationship(
                        info.id(),
                        new RelationshipDraft(
                                RelationshipType.parse(parts[1]), ids.get(parts[0]), ids.get(parts[2]), properties));
                relationships++;
            }
        }
        snapshots.recordIllustrativeHistory(areaIds, HISTORY_QUARTERS);
        log.info(
                "Loaded demo data: {} programmes, {} areas, {} nodes, {} relationships in {} ms",
                programmeIds.size(),
                DemoDataset.AREA_FILES.size(),
                nodes,
                relationships,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(List<Object> node, int index) {
        return node.size() > index ? (Map<String, Object>) node.get(index) : Map.of();
    }

    private <T> T read(String name, Class<T> type) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/demo/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("Demo file demo/" + name + ".json is missing");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

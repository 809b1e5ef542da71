package uk.evidencemap.exchange;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.ImportedGraph;
import uk.evidencemap.map.MapImportService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.EvidenceRating;

/**
 * Imports a file into an area: read ({@link ExchangeReader}), planned against the area as it is
 * ({@link ImportPlanner}), then, unless it is a dry run, written by {@link MapImportService} in the
 * same transaction as one change that undo takes back whole. A file that cannot be read writes
 * nothing; rows that cannot be taken are skipped and named in the report. A file that carries the
 * area's strong-evidence threshold (the product's JSON) sets it when the area had no nodes of its
 * own before, so that an area exported and imported into an empty area is the same area; the
 * report says so, or that the file's threshold was left when the area already had a map.
 */
@Service
public class ImportService {

    private final MapService map;
    private final CatalogueService catalogue;
    private final MapImportService imports;
    private final AreaService areas;

    ImportService(MapService map, CatalogueService catalogue, MapImportService imports, AreaService areas) {
        this.map = map;
        this.catalogue = catalogue;
        this.imports = imports;
        this.areas = areas;
    }

    /**
     * Reads, plans and (unless {@code dryRun}) writes a file.
     *
     * @param reader  the reader of the file's format
     * @param in      the file; the caller closes it
     * @param source  the file's name as the area's history shows it
     * @param options the default type and the person's own type mapping
     * @return the report: what is (or would be) created, matched and skipped, with reasons
     * @throws uk.evidencemap.base.ValidationException when the file cannot be read (named by the
     *     reader: size, malformed, DTD, zip bomb...), when it holds nothing that can be imported,
     *     when (other than on a dry run) all it holds is on the map already, or when what it holds
     *     breaks the model's rules; nothing is written then
     * @throws uk.evidencemap.base.NotFoundException when there is no area with this id
     * @throws org.springframework.security.access.AccessDeniedException when the current user may
     *     not edit the area
     */
    @PreAuthorize("@access.canEdit(#areaId)")
    @Transactional
    public ImportReport importFile(
            String areaId,
            ExchangeReader reader,
            InputStream in,
            String source,
            ImportOptions options,
            boolean dryRun) {
        areas.require(areaId);
        ExchangeGraph graph = reader.read(in);
        AreaGraph area = map.graph(areaId);
        List<MapNode> existing = new ArrayList<>(area.nodes());
        existing.removeIf(n -> n.areaId() == null);
        boolean emptyArea = existing.isEmpty();
        existing.addAll(catalogue.programmes());
        ImportPlanner.Plan plan = new ImportPlanner(options, existing, area.relationships()).plan(graph, source);
        ImportReport report = plan.report();
        EvidenceRating strongEvidence = strongEvidence(plan.strongEvidence());
        EvidenceRating current = areas.strongEvidence(areaId);
        boolean setStrongEvidence = strongEvidence != null && strongEvidence != current && emptyArea;
        if (setStrongEvidence) {
            report = report.warning("the area's strong-evidence threshold " + (dryRun ? "would be" : "was") + " set to "
                    + strongEvidence.code() + ", as in the file (it was " + current.code() + ")");
        } else if (strongEvidence != null && strongEvidence != current) {
            report = report.warning("the file's strong-evidence threshold (" + strongEvidence.code()
                    + ") was not taken: the area's own (" + current.code()
                    + ") stays, as the area already had a map");
        }
        boolean nothingNew = report.created().nodes() == 0 && report.created().relationships() == 0;
        if (nothingNew && (report.matched() == 0 || !dryRun)) {
            // a file whose every element is on the map already (imported before) shows so in a dry
            // run, and brings nothing to write
            throw new ValidationException(
                    "file",
                    (report.matched() == 0
                                    ? "holds nothing that can be imported"
                                    : "brings nothing new: its " + report.matched() + " elements are on the map"
                                            + " already")
                            + (report.skipped().isEmpty()
                                    ? ""
                                    : ": " + report.skipped().size() + " rows skipped, the first: "
                                            + report.skipped().getFirst().row() + ": "
                                            + report.skipped().getFirst().reason()));
        }
        if (dryRun) {
            return report;
        }
        ImportedGraph written = imports.importGraph(areaId, plan.draft());
        if (setStrongEvidence) {
            areas.setStrongEvidence(areaId, strongEvidence);
        }
        return report.written(written.seq());
    }

    /** The file's strong-evidence threshold when it gives a rated level (4+ to 2), else null. */
    private static EvidenceRating strongEvidence(String code) {
        return code == null
                ? null
                : Coded.byCode(EvidenceRating.class, code.strip())
                        .filter(r -> r.level().isPresent())
                        .orElse(null);
    }
}

package uk.evidencemap.exchange;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.AreaService;
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
 * nothing; rows that cannot be taken are skipped and named in the report.
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
     *     reader: size, malformed, DTD, zip bomb...), when it holds nothing that can be imported, or
     *     when what it holds breaks the model's rules; nothing is written then
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
        List<MapNode> existing = new ArrayList<>(map.graph(areaId).nodes());
        existing.removeIf(n -> n.areaId() == null);
        existing.addAll(catalogue.programmes());
        ImportPlanner.Plan plan = new ImportPlanner(options, existing).plan(graph, source);
        ImportReport report = plan.report();
        if (report.created().nodes() == 0 && report.created().relationships() == 0) {
            throw new uk.evidencemap.base.ValidationException(
                    "file",
                    "holds nothing that can be imported"
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
        if (plan.strongEvidence() != null) {
            Coded.byCode(EvidenceRating.class, plan.strongEvidence())
                    .filter(r -> r.level().isPresent())
                    .ifPresent(r -> areas.setStrongEvidence(areaId, r));
        }
        return report.written(written.seq());
    }
}

package uk.evidencemap.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.AreaFigures;
import uk.evidencemap.analysis.NetworkShape;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.MapSize;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.security.AreaAccess;

/**
 * Areas side by side: the comparison metrics of docs/domain.md for the areas the user may see
 * (administrators and researchers all, others their own), from the same cached analyses as the
 * analysis pages.
 */
@Service
@Transactional(readOnly = true)
public class ComparisonService {

    /** Areas read together and then analysed by one worker. */
    static final int CHUNK = 10;

    private final AreaService areas;
    private final AnalysisService analyses;
    private final AreaAccess access;
    /** One read-only transaction per chunk, which the chunk's analyses join. */
    private final TransactionTemplate chunkTransaction;

    ComparisonService(
            AreaService areas, AnalysisService analyses, AreaAccess access, PlatformTransactionManager transactions) {
        this.areas = areas;
        this.analyses = analyses;
        this.access = access;
        this.chunkTransaction = new TransactionTemplate(transactions);
        this.chunkTransaction.setReadOnly(true);
    }

    /**
     * The given areas in order, or every area the user may see when none are given.
     *
     * @return one row of figures per area, in the order asked for (shares 0-1, counts, density)
     * @throws NotFoundException if a given area does not exist
     * @throws AccessDeniedException if the user is not signed in or may not read a given area
     */
    @PreAuthorize("isAuthenticated()")
    public List<AreaComparison> compare(List<String> areaIds) {
        List<Area> visible = areas.visible();
        List<String> wanted = areaIds == null || areaIds.isEmpty()
                ? visible.stream().map(Area::id).toList()
                : areaIds;
        List<Area> chosen = new ArrayList<>();
        for (String id : wanted) {
            if (!access.canRead(id)) {
                throw new AccessDeniedException("Not allowed to compare area '" + id + "'");
            }
            chosen.add(visible.stream()
                    .filter(a -> a.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("There is no area '" + id + "'")));
        }
        // The areas are analysed side by side on the common fork-join pool (both cores), in chunks of
        // CHUNK: each worker, signed in as the caller (Spring Security's
        // DelegatingSecurityContextRunnable), reads the maps of its chunk's areas that have nothing held
        // in one query and then analyses them, so one core reads while the other computes and every
        // area still passes the analyses' own access rule. The workers read in their own transactions,
        // which see only what is committed: inside a caller's writing transaction (the demo data's
        // illustrative history) the chunks are taken one by one in it instead. Each chunk's reads and
        // analyses share one transaction (joining the caller's on the caller's thread): a transaction for
        // each area's figures cost two more round trips to the database per area, even when cached.
        boolean sideBySide = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        SecurityContext caller = SecurityContextHolder.getContext();
        AreaMetrics[] metrics = new AreaMetrics[chosen.size()];
        IntStream chunks = IntStream.range(0, (chosen.size() + CHUNK - 1) / CHUNK);
        (sideBySide ? chunks.parallel() : chunks)
                .forEach(chunk -> DelegatingSecurityContextRunnable.create(
                                () -> chunkTransaction.executeWithoutResult(status -> {
                                    List<Area> part =
                                            chosen.subList(chunk * CHUNK, Math.min(chosen.size(), (chunk + 1) * CHUNK));
                                    analyses.prepare(part.stream().map(Area::id).toList());
                                    for (int i = chunk * CHUNK; i < chunk * CHUNK + part.size(); i++) {
                                        metrics[i] = metrics(chosen.get(i).id());
                                    }
                                }),
                                caller)
                        .run());
        List<AreaComparison> rows = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Area area = chosen.get(i);
            rows.add(new AreaComparison(new AreaComparison.AreaRef(area.id(), area.name()), metrics[i]));
        }
        return rows;
    }

    /** From the area's cached analysis: the figures it counted by its own rules, as shares and density. */
    private AreaMetrics metrics(String areaId) {
        AreaFigures figures = analyses.figures(areaId);
        int inDelivery = figures.interventionsInDelivery();
        MapSize size = figures.size();
        NetworkShape network = figures.network();
        long n = size.nodesWithProgrammes();
        long m = size.relationships();
        return new AreaMetrics(
                inDelivery,
                figures.inDeliveryWithStrongEvidence(),
                inDelivery == 0 ? null : (double) figures.inDeliveryWithStrongEvidence() / inDelivery,
                figures.unmetNeeds(),
                figures.openBarriers(),
                figures.unmitigatedBarriers(),
                new TreeMap<>(figures.openBarriersByCategory()),
                new TreeMap<>(figures.unmitigatedBarriersByCategory()),
                inDelivery == 0 ? null : (double) figures.inDeliveryChampioned() / inDelivery,
                figures.blockedPaths(),
                (int) size.nodes(),
                (int) m,
                n > 1 ? (double) m / ((double) n * (n - 1)) : 0,
                figures.evidenceLeaderBetweennessRank(),
                (int) size.programmes(),
                network.density(),
                network.components(),
                network.diameter(),
                network.averagePathLength());
    }
}

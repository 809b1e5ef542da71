package uk.evidencemap.comparison;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.security.AreaAccess;
import uk.evidencemap.security.CurrentUser;

/**
 * Snapshots of the comparison metrics: taken on a schedule (every area) and on demand
 * (researchers and administrators), kept in Neo4j, and read back for the areas a user may see.
 */
@Service
@Transactional(readOnly = true)
public class SnapshotService {

    private static final Logger log = LoggerFactory.getLogger(SnapshotService.class);

    private final ComparisonService comparison;
    private final SnapshotRepository repository;
    private final AreaService areas;
    private final AreaAccess access;
    private final CurrentUser current;

    SnapshotService(
            ComparisonService comparison,
            SnapshotRepository repository,
            AreaService areas,
            AreaAccess access,
            CurrentUser current) {
        this.comparison = comparison;
        this.repository = repository;
        this.areas = areas;
        this.access = access;
        this.current = current;
    }

    /**
     * Takes a snapshot of each given area (every area when none are given) now, in one transaction.
     *
     * @return the snapshots taken, one per area in the order asked for
     * @throws NotFoundException if a given area does not exist
     * @throws AccessDeniedException if the user is neither an administrator nor a researcher
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'RESEARCHER')")
    public List<Snapshot> take(List<String> areaIds) {
        return take(areaIds, Snapshot.Trigger.ON_DEMAND);
    }

    /**
     * The scheduled snapshot of every area.
     *
     * @return the snapshots taken, one per area
     * @throws AccessDeniedException if the user is not an administrator
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<Snapshot> takeScheduled() {
        List<Snapshot> taken = take(List.of(), Snapshot.Trigger.SCHEDULED);
        log.info("Scheduled snapshot of {} areas taken", taken.size());
        return taken;
    }

    private List<Snapshot> take(List<String> areaIds, Snapshot.Trigger trigger) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String by = current.username().orElse("system");
        List<Snapshot> taken = comparison.compare(areaIds).stream()
                .map(row -> new Snapshot(
                        UUID.randomUUID().toString(),
                        row.area().id(),
                        row.area().name(),
                        now,
                        by,
                        trigger,
                        false,
                        row.metrics()))
                .toList();
        repository.save(taken);
        return taken;
    }

    /**
     * The snapshots of the given areas (every area the user may see when none are given).
     *
     * @return the snapshots, oldest first (none for an area that does not exist)
     * @throws AccessDeniedException if the user is not signed in or may not read a given area
     */
    @PreAuthorize("isAuthenticated()")
    public List<Snapshot> list(List<String> areaIds) {
        List<String> wanted = areaIds == null || areaIds.isEmpty()
                ? areas.visible().stream().map(Area::id).toList()
                : areaIds;
        for (String id : wanted) {
            if (!access.canRead(id)) {
                throw new AccessDeniedException("Not allowed to see the snapshots of area '" + id + "'");
            }
        }
        return repository.list(wanted);
    }

    /**
     * Gives a demo area an illustrative history: one snapshot a quarter for the two years before
     * now, moving towards its current figures. Only for the demo data, and marked illustrative.
     * An area that already has snapshots is left as it is.
     *
     * @param quarters how many quarterly snapshots to make per area (count)
     * @throws NotFoundException if a given area does not exist
     * @throws AccessDeniedException if the user is not an administrator
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void recordIllustrativeHistory(List<String> areaIds, int quarters) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
        List<Snapshot> history = new ArrayList<>();
        for (AreaComparison row : comparison.compare(areaIds)) {
            if (repository.exists(row.area().id())) {
                continue;
            }
            for (int quarter = 0; quarter < quarters; quarter++) {
                Instant at = now.atOffset(ZoneOffset.UTC)
                        .minusMonths(3L * (quarters - quarter))
                        .toInstant();
                history.add(new Snapshot(
                        UUID.randomUUID().toString(),
                        row.area().id(),
                        row.area().name(),
                        at,
                        "demo",
                        Snapshot.Trigger.DEMO,
                        true,
                        illustrativePast(row.metrics(), (double) quarter / quarters)));
            }
        }
        repository.save(history);
    }

    /**
     * Made-up earlier figures for the demo: {@code progress} 0 is two years ago, 1 would be now.
     * Fewer interventions and less strong evidence, more unmet needs, barriers and blocked paths; the
     * catalogue programmes and the network's figures as now.
     */
    static AreaMetrics illustrativePast(AreaMetrics now, double progress) {
        Function<Double, Function<Integer, Integer>> scale =
                from -> value -> (int) Math.round(value * (from + (1 - from) * progress));
        int inDelivery = scale.apply(0.6).apply(now.interventionsInDelivery());
        int strong = Math.min(inDelivery, scale.apply(0.3).apply(now.inDeliveryWithStrongEvidence()));
        Map<String, Integer> open = new TreeMap<>();
        Map<String, Integer> unmitigated = new TreeMap<>();
        now.openBarriersByCategory()
                .forEach(
                        (category, count) -> open.put(category, scale.apply(1.4).apply(count)));
        now.unmitigatedBarriersByCategory()
                .forEach((category, count) -> unmitigated.put(
                        category,
                        Math.min(
                                open.getOrDefault(category, 0), scale.apply(1.8).apply(count))));
        int nodes = scale.apply(0.55).apply(now.nodes());
        int relationships = scale.apply(0.45).apply(now.relationships());
        int whole = nodes + (now.programmes() == null ? 0 : now.programmes());
        Integer rank = now.evidenceLeaderBetweennessRank() == null
                ? null
                : now.evidenceLeaderBetweennessRank() + (int) Math.round((1 - progress) * 4);
        return new AreaMetrics(
                inDelivery,
                strong,
                inDelivery == 0 ? null : (double) strong / inDelivery,
                scale.apply(1.6).apply(now.unmetNeeds()),
                open.values().stream().mapToInt(Integer::intValue).sum(),
                unmitigated.values().stream().mapToInt(Integer::intValue).sum(),
                open,
                unmitigated,
                now.championCoverage() == null ? null : Math.min(1.0, now.championCoverage() * (0.5 + 0.5 * progress)),
                scale.apply(1.8).apply(now.blockedPaths()),
                nodes,
                relationships,
                whole > 1 ? (double) relationships / ((double) whole * (whole - 1)) : 0,
                rank,
                now.programmes(),
                now.networkDensity(),
                now.networkComponents(),
                now.networkDiameter(),
                now.networkAveragePathLength());
    }
}

package uk.evidencemap.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import uk.evidencemap.taxonomy.BarrierCategory;

/**
 * One row of the comparison: a figure of {@link AreaMetrics}, how to show it, and which way is
 * better, so that the dashboard can mark the best and worst area of each row. The same rows are
 * used by the table, the charts, the snapshots and the CSV and Excel exports.
 *
 * @param key        a stable machine name (CSV and Excel column, chart id)
 * @param better     which way is better, or {@link Better#NEITHER} where more is not better or worse
 * @param share      a share 0-1, shown as a percentage
 */
public record Metric(String key, String label, Better better, boolean share, Function<AreaMetrics, Number> value) {

    /** Which way is better. */
    public enum Better {
        HIGHER,
        LOWER,
        NEITHER
    }

    /** The figure for one area, or null where it does not apply (a share of nothing). */
    public Double of(AreaMetrics metrics) {
        Number number = value.apply(metrics);
        return number == null ? null : number.doubleValue();
    }

    /** The figure as people read it: a whole number, a percentage, or four decimals for density. */
    public String format(Double figure) {
        if (figure == null) {
            return "—";
        }
        if (share) {
            return String.format(Locale.ROOT, "%.0f%%", figure * 100);
        }
        if (figure == Math.rint(figure)) {
            return String.valueOf(figure.longValue());
        }
        return String.format(Locale.ROOT, "%.4f", figure);
    }

    /** A change between two figures as people read it: "+3", "-12%" (percentage points for shares), "0". */
    public String formatChange(Double before, Double after) {
        if (before == null || after == null) {
            return "—";
        }
        double change = after - before;
        if (share) {
            return String.format(Locale.ROOT, "%+.0f pts", change * 100);
        }
        if (change == Math.rint(change)) {
            return String.format(Locale.ROOT, "%+d", (long) change);
        }
        return String.format(Locale.ROOT, "%+.4f", change);
    }

    public static final Metric INTERVENTIONS_IN_DELIVERY = new Metric(
            "interventions_in_delivery",
            "Interventions in delivery",
            Better.NEITHER,
            false,
            AreaMetrics::interventionsInDelivery);
    public static final Metric WITH_STRONG_EVIDENCE = new Metric(
            "in_delivery_with_strong_evidence",
            "In delivery with strong evidence",
            Better.HIGHER,
            false,
            AreaMetrics::inDeliveryWithStrongEvidence);
    public static final Metric STRONG_EVIDENCE_SHARE = new Metric(
            "strong_evidence_share",
            "Share in delivery with strong evidence",
            Better.HIGHER,
            true,
            AreaMetrics::strongEvidenceShare);
    public static final Metric UNMET_NEEDS =
            new Metric("unmet_needs", "Unmet needs", Better.LOWER, false, AreaMetrics::unmetNeeds);
    public static final Metric OPEN_BARRIERS =
            new Metric("open_barriers", "Open barriers", Better.LOWER, false, AreaMetrics::openBarriers);
    public static final Metric UNMITIGATED_BARRIERS = new Metric(
            "unmitigated_barriers",
            "Open barriers no enabler mitigates",
            Better.LOWER,
            false,
            AreaMetrics::unmitigatedBarriers);
    public static final Metric CHAMPION_COVERAGE = new Metric(
            "champion_coverage",
            "Champion coverage (in delivery with a champion)",
            Better.HIGHER,
            true,
            AreaMetrics::championCoverage);
    public static final Metric BLOCKED_PATHS =
            new Metric("blocked_paths", "Blocked implementation paths", Better.LOWER, false, AreaMetrics::blockedPaths);
    public static final Metric NODES = new Metric(
            "nodes", "Nodes on the map (catalogue programmes apart)", Better.NEITHER, false, AreaMetrics::nodes);
    public static final Metric RELATIONSHIPS =
            new Metric("relationships", "Relationships on the map", Better.NEITHER, false, AreaMetrics::relationships);
    public static final Metric DENSITY = new Metric(
            "density", "Density of the map (programmes counted)", Better.NEITHER, false, AreaMetrics::density);
    public static final Metric LEADER_RANK = new Metric(
            "evidence_leader_betweenness_rank",
            "Evidence leader's betweenness rank (1 = most central)",
            Better.LOWER,
            false,
            AreaMetrics::evidenceLeaderBetweennessRank);

    public static final Metric PROGRAMMES = new Metric(
            "catalogue_programmes",
            "Catalogue programmes the map uses",
            Better.NEITHER,
            false,
            AreaMetrics::programmes);
    public static final Metric NETWORK_DENSITY = new Metric(
            "network_density",
            "Network density (share of possible links between people, organisations and interventions)",
            Better.NEITHER,
            false,
            AreaMetrics::networkDensity);
    public static final Metric NETWORK_COMPONENTS = new Metric(
            "network_components", "Network: separate parts", Better.NEITHER, false, AreaMetrics::networkComponents);
    public static final Metric NETWORK_DIAMETER = new Metric(
            "network_diameter",
            "Network: diameter of the largest part (steps)",
            Better.NEITHER,
            false,
            AreaMetrics::networkDiameter);
    public static final Metric NETWORK_AVERAGE_PATH = new Metric(
            "network_average_path_length",
            "Network: average shortest route in the largest part (steps)",
            Better.NEITHER,
            false,
            AreaMetrics::networkAveragePathLength);

    /**
     * The distance figures of the map's whole network, over the champions graph (docs/analyses.md
     * "Network figures"; not the Leiden communities, too slow for a comparison of many areas: see
     * {@code analysis.NetworkShape}), and the catalogue programmes the map uses: after the headline
     * rows, so that the columns of earlier exports keep their places.
     */
    public static final List<Metric> NETWORK =
            List.of(PROGRAMMES, NETWORK_DENSITY, NETWORK_COMPONENTS, NETWORK_DIAMETER, NETWORK_AVERAGE_PATH);

    /** The headline rows, in the order of docs/domain.md. */
    public static final List<Metric> HEADLINE = List.of(
            INTERVENTIONS_IN_DELIVERY,
            WITH_STRONG_EVIDENCE,
            STRONG_EVIDENCE_SHARE,
            UNMET_NEEDS,
            OPEN_BARRIERS,
            UNMITIGATED_BARRIERS,
            CHAMPION_COVERAGE,
            BLOCKED_PATHS,
            NODES,
            RELATIONSHIPS,
            DENSITY,
            LEADER_RANK);

    /** Open barriers of one category. */
    public static Metric openBarriers(BarrierCategory category) {
        return new Metric(
                "open_barriers_" + category.code().toLowerCase(Locale.ROOT),
                "Open barriers: " + category.label(),
                Better.LOWER,
                false,
                m -> m.openBarriersByCategory().getOrDefault(category.code(), 0));
    }

    /** Open barriers of one category that no enabler mitigates. */
    public static Metric unmitigatedBarriers(BarrierCategory category) {
        return new Metric(
                "unmitigated_barriers_" + category.code().toLowerCase(Locale.ROOT),
                "Unmitigated barriers: " + category.label(),
                Better.LOWER,
                false,
                m -> m.unmitigatedBarriersByCategory().getOrDefault(category.code(), 0));
    }

    /** Every row: the headline figures, the network's, then open and unmitigated barriers per category. */
    public static List<Metric> all() {
        List<Metric> all = new ArrayList<>(HEADLINE);
        all.addAll(NETWORK);
        Arrays.stream(BarrierCategory.values()).map(Metric::openBarriers).forEach(all::add);
        Arrays.stream(BarrierCategory.values()).map(Metric::unmitigatedBarriers).forEach(all::add);
        return List.copyOf(all);
    }

    /** The areas with the best and the worst figure of a row (ties share a mark). */
    public record Marks(Set<String> best, Set<String> worst) {}

    /**
     * Marks the best and worst of a row of figures by area id: only where more is better or
     * worse, at least two areas have a figure, and the figures are not all the same.
     */
    public Marks marks(Map<String, Double> figures) {
        List<Double> present =
                figures.values().stream().filter(Objects::nonNull).toList();
        if (better == Better.NEITHER || present.size() < 2) {
            return new Marks(Set.of(), Set.of());
        }
        double min = present.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = present.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (min == max) {
            return new Marks(Set.of(), Set.of());
        }
        double best = better == Better.HIGHER ? max : min;
        double worst = better == Better.HIGHER ? min : max;
        Set<String> bestAreas = new TreeSet<>();
        Set<String> worstAreas = new TreeSet<>();
        figures.forEach((area, figure) -> {
            if (figure != null && figure == best) {
                bestAreas.add(area);
            }
            if (figure != null && figure == worst) {
                worstAreas.add(area);
            }
        });
        return new Marks(bestAreas, worstAreas);
    }

    /** The metric with this key. */
    public static Optional<Metric> byKey(String key) {
        return all().stream().filter(m -> m.key().equals(key)).findFirst();
    }
}

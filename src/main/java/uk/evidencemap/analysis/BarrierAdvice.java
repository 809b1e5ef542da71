package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.BarrierCategory;
import uk.evidencemap.taxonomy.BarrierStatus;
import uk.evidencemap.taxonomy.Cfir;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.EnablerCategory;
import uk.evidencemap.taxonomy.EricStrategy;

/**
 * Suggestions matched to one barrier (decision 021, docs/analyses.md "Suggestions for a blocked
 * path"). A barrier is "like" this one when it has the same category code or the same CFIR 2.0
 * construct code (Other, the category of anything else, matches by construct only); help is an enabler that MITIGATES a barrier like it. From the help found in every
 * area ({@link Mitigation}, one read for all the barriers asked about):
 * <ol>
 *   <li>in this area: the strongest {@value #MOST_HERE} enablers, each with the barrier it mitigates and
 *       that barrier's status;
 *   <li>in other areas the reader may read ({@code readable}, the access rule of {@code @access.canRead}):
 *       the strongest {@value #MOST_NAMED} enablers, with their area's name and the barrier;
 *   <li>in other areas the reader may not read: how many areas mitigated such a barrier with an enabler
 *       of each category, with no area name, enabler title or barrier title;
 *   <li>the ERIC strategies those enablers name, counted per strategy (barriers, and of them how many are
 *       now mitigated or resolved), here and in all areas; the {@value #MOST_STRATEGIES} most used also as
 *       one suggestion.
 * </ol>
 * The barrier itself is never counted as help for itself. Pure: no database, no security.
 */
final class BarrierAdvice {

    /** Enablers of this area suggested for one barrier (count). */
    static final int MOST_HERE = 5;
    /** Enablers of other areas the reader may read suggested for one barrier (count). */
    static final int MOST_NAMED = 5;
    /** Strategies named in the suggestion of strategies (count; all are in {@link BarrierHelp#strategies()}). */
    static final int MOST_STRATEGIES = 3;

    /**
     * An enabler of any area that MITIGATES a barrier, as the one cross-area read returns it.
     *
     * @param enablerStrength 1-5, 0 when not set
     * @param strategies      the ERIC strategy codes the enabler names (empty when none)
     * @param barrierStatus   OPEN, MITIGATED or RESOLVED (null when not set)
     */
    record Mitigation(
            String enablerId,
            String enablerName,
            String enablerCategory,
            long enablerStrength,
            List<String> strategies,
            String barrierId,
            String barrierName,
            String barrierCategory,
            String barrierConstruct,
            String barrierStatus,
            String areaId,
            String areaName) {

        Mitigation {
            strategies = strategies == null ? List.of() : List.copyOf(strategies);
        }

        /** The same mitigation with its area's name as it is now. */
        Mitigation inArea(String name) {
            return new Mitigation(
                    enablerId,
                    enablerName,
                    enablerCategory,
                    enablerStrength,
                    strategies,
                    barrierId,
                    barrierName,
                    barrierCategory,
                    barrierConstruct,
                    barrierStatus,
                    areaId,
                    name);
        }
    }

    private static final Comparator<Mitigation> STRONGEST_FIRST = Comparator.comparingLong(Mitigation::enablerStrength)
            .reversed()
            .thenComparing(m -> Objects.toString(m.areaName(), ""), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(m -> Objects.toString(m.enablerName(), ""), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(m -> Objects.toString(m.barrierName(), ""), String.CASE_INSENSITIVE_ORDER);

    /**
     * Every enabler of an indexed map that MITIGATES a barrier of it, as the cross-area read gives them
     * (strength 0 when unset, the strategies' codes), by enabler and then barrier.
     */
    static List<Mitigation> mitigations(AreaIndex index, String areaName) {
        List<Mitigation> found = new ArrayList<>();
        for (MapNode enabler : index.all(NodeType.ENABLER)) {
            for (MapNode barrier : index.out(RelationshipType.MITIGATES, enabler.id())) {
                if (barrier.type() != NodeType.BARRIER || barrier.areaId() == null) {
                    continue;
                }
                found.add(new Mitigation(
                        enabler.id(),
                        enabler.name(),
                        enabler.text("category"),
                        AreaIndex.intProperty(enabler, "strength", 0),
                        strategies(enabler.property("ericStrategies")),
                        barrier.id(),
                        barrier.name(),
                        barrier.text("category"),
                        barrier.text("cfirConstruct"),
                        barrier.text("status"),
                        barrier.areaId(),
                        areaName));
            }
        }
        return found;
    }

    private static List<String> strategies(Object codes) {
        if (codes instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (codes instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        return List.of();
    }

    private BarrierAdvice() {}

    /**
     * @param barrier   the barrier to help with
     * @param category  its category code, or null
     * @param construct its CFIR construct code, or null
     * @param areaId    its area
     * @param help      enablers mitigating barriers in every area (those not like this barrier are ignored)
     * @param readable  whether the reader may read an area (by id)
     */
    static BarrierHelp help(
            Subject barrier,
            String category,
            String construct,
            String areaId,
            List<Mitigation> help,
            Predicate<String> readable) {
        String categoryLabel = AreaIndex.categoryLabel(category);
        String constructLabel = constructLabel(construct);
        List<Mitigation> like = help.stream()
                .filter(m -> !m.barrierId().equals(barrier.id()))
                .filter(m -> sameCategory(category, m) || sameConstruct(construct, m))
                .sorted(STRONGEST_FIRST)
                .toList();
        List<Suggestion> suggestions = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Mitigation m : like) {
            if (areaId.equals(m.areaId()) && named.add(m.enablerId()) && named.size() <= MOST_HERE) {
                suggestions.add(Suggestion.here(
                        new Subject(m.enablerId(), "Enabler", m.enablerName()),
                        "Here, '" + m.enablerName() + "' (" + enablerCategory(m) + ") mitigates '" + m.barrierName()
                                + "', " + likeness(category, categoryLabel, constructLabel, m) + " (status: "
                                + status(m) + ")"));
            }
        }
        Map<String, Boolean> mayRead = new HashMap<>();
        Set<String> namedElsewhere = new HashSet<>();
        Map<String, Set<String>> hiddenAreas = new LinkedHashMap<>();
        for (Mitigation m : like) {
            if (areaId.equals(m.areaId())) {
                continue;
            }
            if (mayRead.computeIfAbsent(m.areaId(), readable::test)) {
                if (namedElsewhere.size() < MOST_NAMED && namedElsewhere.add(m.enablerId())) {
                    suggestions.add(new Suggestion(
                            new Subject(m.enablerId(), "Enabler", m.enablerName()),
                            "In " + m.areaName() + ", '" + m.enablerName() + "' (" + enablerCategory(m)
                                    + ") mitigates '" + m.barrierName() + "', "
                                    + likeness(category, categoryLabel, constructLabel, m) + " (status: " + status(m)
                                    + ")",
                            m.areaId(),
                            m.areaName()));
                }
            } else {
                String kind = sameCategory(category, m)
                        ? article(categoryLabel) + " " + categoryLabel + " barrier"
                        : "a barrier of the CFIR construct " + constructLabel;
                hiddenAreas
                        .computeIfAbsent(
                                kind + " with an enabler of category " + enablerCategory(m), k -> new TreeSet<>())
                        .add(m.areaId());
            }
        }
        hiddenAreas.forEach((what, areas) -> suggestions.add(new Suggestion(
                null,
                (areas.size() == 1 ? "1 other area" : areas.size() + " other areas") + " mitigated " + what,
                null,
                null)));
        List<BarrierHelp.StrategyUse> strategies = strategies(like, areaId);
        if (!strategies.isEmpty()) {
            suggestions.add(new Suggestion(
                    null,
                    "Strategies used against barriers like it: "
                            + String.join(
                                    "; ",
                                    strategies.stream()
                                            .limit(MOST_STRATEGIES)
                                            .map(BarrierHelp.StrategyUse::text)
                                            .toList()),
                    null,
                    null));
        }
        return new BarrierHelp(barrier, categoryLabel, constructLabel, suggestions, strategies);
    }

    /** Per strategy code, the barriers like this one it was applied against, here and in all areas. */
    static List<BarrierHelp.StrategyUse> strategies(List<Mitigation> like, String areaId) {
        Map<String, Set<String>> all = new HashMap<>();
        Map<String, Set<String>> here = new HashMap<>();
        Set<String> settled = new HashSet<>();
        for (Mitigation m : like) {
            if (BarrierStatus.MITIGATED.code().equals(m.barrierStatus())
                    || BarrierStatus.RESOLVED.code().equals(m.barrierStatus())) {
                settled.add(m.barrierId());
            }
            for (String code : m.strategies()) {
                if (Coded.byCode(EricStrategy.class, code).isEmpty()) {
                    continue;
                }
                all.computeIfAbsent(code, c -> new HashSet<>()).add(m.barrierId());
                if (areaId.equals(m.areaId())) {
                    here.computeIfAbsent(code, c -> new HashSet<>()).add(m.barrierId());
                }
            }
        }
        List<BarrierHelp.StrategyUse> uses = new ArrayList<>();
        all.forEach((code, barriers) -> {
            Set<String> local = here.getOrDefault(code, Set.of());
            uses.add(new BarrierHelp.StrategyUse(
                    code,
                    Coded.byCode(EricStrategy.class, code).orElseThrow().label(),
                    local.size(),
                    (int) local.stream().filter(settled::contains).count(),
                    barriers.size(),
                    (int) barriers.stream().filter(settled::contains).count()));
        });
        uses.sort(Comparator.comparingInt(BarrierHelp.StrategyUse::barriersAllAreas)
                .reversed()
                .thenComparing(Comparator.comparingInt(BarrierHelp.StrategyUse::settledAllAreas)
                        .reversed())
                .thenComparing(BarrierHelp.StrategyUse::name));
        return uses;
    }

    /** The same category code; Other is no category to match on (DOMAIN.md: "name the CFIR construct"). */
    private static boolean sameCategory(String category, Mitigation m) {
        return category != null
                && !BarrierCategory.OTHER.code().equals(category)
                && category.equals(m.barrierCategory());
    }

    private static boolean sameConstruct(String construct, Mitigation m) {
        return construct != null && construct.equals(m.barrierConstruct());
    }

    /** "also a Funding barrier", or "a barrier of the same CFIR construct (Inner Setting: ...)". */
    private static String likeness(String category, String categoryLabel, String constructLabel, Mitigation m) {
        return sameCategory(category, m)
                ? "also " + article(categoryLabel) + " " + categoryLabel + " barrier"
                : "a barrier of the same CFIR construct (" + constructLabel + ")";
    }

    private static String article(String word) {
        return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    /** A CFIR construct code by its place in CFIR 2.0 ("Inner Setting: Available Resources: Funding"). */
    static String constructLabel(String code) {
        if (code == null) {
            return null;
        }
        return Cfir.get().construct(code).map(c -> Cfir.get().path(c)).orElse("an unknown construct");
    }

    private static String enablerCategory(Mitigation m) {
        return Coded.byCode(EnablerCategory.class, m.enablerCategory())
                .map(EnablerCategory::label)
                .orElse(EnablerCategory.OTHER.label());
    }

    private static String status(Mitigation m) {
        return Coded.byCode(BarrierStatus.class, m.barrierStatus())
                .map(BarrierStatus::label)
                .orElse(BarrierStatus.OPEN.label());
    }
}

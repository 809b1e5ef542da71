package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.evidencemap.taxonomy.Cfir;
import uk.evidencemap.taxonomy.EricStrategy;

/** Suggestions matched to one barrier, from help found in every area, on hand-made rows. */
class BarrierAdviceTest {

    static BarrierAdvice.Mitigation help(
            String area,
            String enabler,
            String enablerCategory,
            long strength,
            List<String> strategies,
            String barrier,
            String category,
            String construct,
            String status) {
        return new BarrierAdvice.Mitigation(
                "e-" + enabler,
                enabler,
                enablerCategory,
                strength,
                strategies,
                "b-" + barrier,
                barrier,
                category,
                construct,
                status,
                area,
                area.substring(0, 1).toUpperCase() + area.substring(1));
    }

    static final List<BarrierAdvice.Mitigation> HELP = List.of(
            help(
                    "ashby",
                    "Pooled budget",
                    "FUNDING_AND_CAPACITY",
                    4,
                    List.of("ACCESS_NEW_FUNDING"),
                    "Budget cut",
                    "FUNDING",
                    null,
                    "MITIGATED"),
            help(
                    "ashby",
                    "Rota",
                    "WORKFORCE_DEVELOPMENT",
                    3,
                    List.of("CONDUCT_ONGOING_TRAINING"),
                    "Turnover",
                    "STAFF_CAPACITY",
                    "C10",
                    "OPEN"),
            help(
                    "bexley",
                    "Bridging fund",
                    "FUNDING_AND_CAPACITY",
                    5,
                    List.of("ACCESS_NEW_FUNDING"),
                    "Grant ending",
                    "FUNDING",
                    null,
                    "RESOLVED"),
            help(
                    "dover",
                    "Charity grant",
                    "FUNDING_AND_CAPACITY",
                    5,
                    List.of("ACCESS_NEW_FUNDING", "NOT_A_CODE"),
                    "Council cuts",
                    "FUNDING",
                    null,
                    "OPEN"),
            help("erith", "Trust fund", "FUNDING_AND_CAPACITY", 2, List.of(), "Cuts", "FUNDING", null, "MITIGATED"),
            help("fenby", "Backfill", "WORKFORCE_DEVELOPMENT", 3, List.of(), "Vacancies", "OTHER", "C10", "OPEN"),
            help(
                    "fenby",
                    "Parent panel",
                    "FAMILY_VOICE",
                    3,
                    List.of(),
                    "Low take-up",
                    "PARENT_ENGAGEMENT",
                    null,
                    "OPEN"));

    /** Ashby reads Bexley; Dover, Erith and Fenby it may not read. */
    static final Set<String> READABLE = Set.of("ashby", "bexley");

    static BarrierHelp helpFor(String name, String category, String construct) {
        return BarrierAdvice.help(
                new Subject("b-" + name, "Barrier", name), category, construct, "ashby", HELP, READABLE::contains);
    }

    @Test
    void aFundingBarrierGetsTheEnablersHereAndInReadableAreasByNameAndTheOthersCountedWithoutNames() {
        BarrierHelp grant = helpFor("Short-term grant", "FUNDING", null);
        assertThat(grant.category()).isEqualTo("Funding");
        assertThat(grant.cfirConstruct()).isNull();
        assertThat(grant.suggestions())
                .extracting(Suggestion::text)
                .containsExactly(
                        "Here, 'Pooled budget' (Funding and capacity) mitigates 'Budget cut', also a Funding barrier"
                                + " (status: Mitigated)",
                        "In Bexley, 'Bridging fund' (Funding and capacity) mitigates 'Grant ending', also a Funding"
                                + " barrier (status: Resolved)",
                        "2 other areas mitigated a Funding barrier with an enabler of category Funding and capacity",
                        "Strategies used against barriers like it: Access new funding: against 3 barriers like it in"
                                + " all areas (2 now mitigated or resolved), 1 of them here (1 mitigated or resolved)");
        assertThat(grant.suggestions()).extracting(Suggestion::areaName).containsExactly(null, "Bexley", null, null);
        assertThat(grant.suggestions())
                .as("nothing of an area the reader may not read")
                .allSatisfy(s -> assertThat(s.text())
                        .doesNotContain("Dover", "Charity grant", "Council cuts", "Erith", "Trust fund", "Cuts'"));
        assertThat(grant.strategies())
                .containsExactly(new BarrierHelp.StrategyUse(
                        "ACCESS_NEW_FUNDING", EricStrategy.ACCESS_NEW_FUNDING.label(), 1, 1, 3, 2));
    }

    @Test
    void aBarrierOfAnotherCategoryIsMatchedByItsOwnCategoryAndItsCfirConstruct() {
        BarrierHelp turnover = helpFor("No cover", "STAFF_CAPACITY", "C10");
        String c10 = Cfir.get().path(Cfir.get().construct("C10").orElseThrow());
        assertThat(turnover.cfirConstruct()).isEqualTo(c10);
        assertThat(turnover.suggestions())
                .extracting(Suggestion::text)
                .containsExactly(
                        "Here, 'Rota' (Workforce development) mitigates 'Turnover', also a Staff capacity barrier"
                                + " (status: Open)",
                        "1 other area mitigated a barrier of the CFIR construct " + c10
                                + " with an enabler of category Workforce development",
                        "Strategies used against barriers like it: "
                                + EricStrategy.CONDUCT_ONGOING_TRAINING.label()
                                + ": against 1 barrier like it in all areas (0 now mitigated or resolved), 1 of them"
                                + " here (0 mitigated or resolved)");
    }

    @Test
    void theBarrierItselfIsNoHelpForItselfAndABarrierWithNothingLikeItHasNoSuggestion() {
        BarrierHelp cut = helpFor("Budget cut", "FUNDING", null);
        assertThat(cut.suggestions()).extracting(Suggestion::text).noneMatch(t -> t.contains("'Budget cut'"));
        assertThat(cut.strategies())
                .singleElement()
                .satisfies(s -> assertThat(s.barriersHere()).isZero());

        BarrierHelp odd = helpFor("Odd rules", "OTHER", null);
        assertThat(odd.category()).isEqualTo("Other");
        assertThat(odd.suggestions()).isEmpty();
        assertThat(odd.strategies()).isEmpty();
    }

    @Test
    void aPathBlockedByTwoBarriersOfDifferentCategoriesSaysWhatHelpsWithEachAndNoSuggestionWhereThereIsNone() {
        Subject grant = new Subject("b-Short-term grant", "Barrier", "Short-term grant");
        Subject odd = new Subject("b-Odd rules", "Barrier", "Odd rules");
        BlockedPath path = new BlockedPath(
                null,
                new Subject("i", "Intervention", "Talk groups"),
                null,
                null,
                List.of(),
                List.of(),
                List.of(
                        BarrierAdvice.help(grant, "FUNDING", null, "ashby", HELP, READABLE::contains),
                        BarrierAdvice.help(odd, "OTHER", null, "ashby", HELP, READABLE::contains)));
        assertThat(path.suggestionLines())
                .hasSize(5)
                .startsWith("For 'Short-term grant' (Funding): Here, 'Pooled budget' (Funding and capacity) mitigates"
                        + " 'Budget cut', also a Funding barrier (status: Mitigated)")
                .endsWith("For 'Odd rules' (Other): No suggestion yet");
    }

    @Test
    void aReaderOfEveryAreaSeesEveryEnablerByNameAndNoCounts() {
        BarrierHelp grant = BarrierAdvice.help(
                new Subject("b-x", "Barrier", "Short-term grant"), "FUNDING", null, "ashby", HELP, area -> true);
        assertThat(grant.suggestions())
                .extracting(Suggestion::areaName)
                .containsExactly(null, "Bexley", "Dover", "Erith", null);
        assertThat(grant.suggestions().get(2).text())
                .isEqualTo("In Dover, 'Charity grant' (Funding and capacity) mitigates 'Council cuts', also a Funding"
                        + " barrier (status: Open)");
    }
}

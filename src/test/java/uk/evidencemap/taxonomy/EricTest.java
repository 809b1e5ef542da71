package uk.evidencemap.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The ERIC strategies and clusters as published: Powell et al. 2015 (Implementation Science 10:21,
 * Table 3) for the 73 names, Waltz et al. 2015 (Implementation Science 10:109, Table 1) for the 9
 * clusters and which strategies each holds.
 */
class EricTest {

    @Test
    void thereAre73StrategiesIn9ClustersWithUniqueCodesAndNames() {
        assertThat(EricStrategy.values()).hasSize(73);
        assertThat(EricCluster.values()).hasSize(9);
        assertThat(Arrays.stream(EricStrategy.values()).map(EricStrategy::label).distinct())
                .hasSize(73);
        assertThat(Arrays.stream(EricStrategy.values()).map(EricStrategy::code))
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"));
        assertThat(Arrays.stream(EricCluster.values()).map(EricCluster::label))
                .containsExactly(
                        "Use evaluative and iterative strategies",
                        "Provide interactive assistance",
                        "Adapt and tailor to context",
                        "Develop stakeholder interrelationships",
                        "Train and educate stakeholders",
                        "Support clinicians",
                        "Engage consumers",
                        "Utilize financial strategies",
                        "Change infrastructure");
    }

    @Test
    void eachClusterHoldsAsManyStrategiesAsWaltzEtAlPublished() {
        Map<EricCluster, Long> counts = Arrays.stream(EricStrategy.values())
                .collect(Collectors.groupingBy(EricStrategy::cluster, Collectors.counting()));
        assertThat(counts)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES, 10L,
                        EricCluster.PROVIDE_INTERACTIVE_ASSISTANCE, 4L,
                        EricCluster.ADAPT_AND_TAILOR_TO_CONTEXT, 4L,
                        EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS, 17L,
                        EricCluster.TRAIN_AND_EDUCATE_STAKEHOLDERS, 11L,
                        EricCluster.SUPPORT_CLINICIANS, 5L,
                        EricCluster.ENGAGE_CONSUMERS, 5L,
                        EricCluster.UTILIZE_FINANCIAL_STRATEGIES, 9L,
                        EricCluster.CHANGE_INFRASTRUCTURE, 8L));
        assertThat(EricCluster.CHANGE_INFRASTRUCTURE.strategies())
                .extracting(EricStrategy::label)
                .containsExactly(
                        "Change accreditation or membership requirements",
                        "Change liability laws",
                        "Change physical structure and equipment",
                        "Change record systems",
                        "Change service sites",
                        "Create or change credentialing and/or licensure standards",
                        "Mandate change",
                        "Start a dissemination organization");
        assertThat(EricCluster.ADAPT_AND_TAILOR_TO_CONTEXT.strategies())
                .extracting(EricStrategy::label)
                .containsExactly(
                        "Promote adaptability",
                        "Tailor strategies",
                        "Use data experts",
                        "Use data warehousing techniques");
    }

    @Test
    void namesAreExactlyAsPublishedAndCodesFindThem() {
        Map<String, EricStrategy> byName = Arrays.stream(EricStrategy.values())
                .collect(Collectors.toMap(EricStrategy::label, Function.identity()));
        assertThat(byName.get("Access new funding").cluster()).isEqualTo(EricCluster.UTILIZE_FINANCIAL_STRATEGIES);
        assertThat(byName.get("Alter incentive/allowance structures").code())
                .isEqualTo("ALTER_INCENTIVE_ALLOWANCE_STRUCTURES");
        assertThat(byName.get("Identify and prepare champions").cluster())
                .isEqualTo(EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS);
        assertThat(byName.get("Recruit, designate, and train for leadership")).isNotNull();
        assertThat(byName.get("Purposely reexamine the implementation").cluster())
                .isEqualTo(EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES);
        assertThat(byName.get("Obtain and use patients/consumers and family feedback")
                        .cluster())
                .isEqualTo(EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES);
        assertThat(byName.get("Provide ongoing consultation").cluster())
                .isEqualTo(EricCluster.TRAIN_AND_EDUCATE_STAKEHOLDERS);
        assertThat(byName.get("Develop resource sharing agreements").cluster())
                .isEqualTo(EricCluster.SUPPORT_CLINICIANS);
        assertThat(Coded.byCode(EricStrategy.class, "IDENTIFY_AND_PREPARE_CHAMPIONS"))
                .contains(EricStrategy.IDENTIFY_AND_PREPARE_CHAMPIONS);
        assertThat(EricStrategy.SOURCE).contains("Implementation Science 2015;10:21", "2015;10:109");
    }

    @Test
    void definitionsAreOurOwnShortSentences() {
        assertThat(EricStrategy.values()).allSatisfy(s -> {
            assertThat(s.definition()).isNotBlank().endsWith(".");
            assertThat(s.definition().length()).isLessThan(160);
        });
        // two of Powell et al.'s published definitions, which are not to be copied
        assertThat(EricStrategy.ACCESS_NEW_FUNDING.definition())
                .doesNotContain("Access new or existing money to facilitate the implementation");
        assertThat(EricStrategy.BUILD_A_COALITION.definition())
                .doesNotContain("Recruit and cultivate relationships with partners");
    }
}

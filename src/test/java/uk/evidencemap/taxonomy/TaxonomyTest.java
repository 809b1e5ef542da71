package uk.evidencemap.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    private final Cfir cfir = Cfir.get();

    @Test
    void cfirHasFiveDomains48ConstructsAnd19SubConstructs() {
        assertThat(cfir.domains())
                .extracting(Cfir.Domain::name)
                .containsExactly(
                        "Innovation", "Outer Setting", "Inner Setting", "Individuals", "Implementation Process");
        assertThat(cfir.constructs()).hasSize(48);
        assertThat(cfir.subConstructs()).hasSize(19);
        assertThat(cfir.constructs().stream()
                        .collect(Collectors.groupingBy(Cfir.Construct::domain, Collectors.counting())))
                .containsEntry("A", 8L)
                .containsEntry("B", 7L)
                .containsEntry("C", 11L)
                .containsEntry("D", 13L)
                .containsEntry("E", 9L);
    }

    @Test
    void everyConstructHasADefinitionAndSubConstructsHaveARealParent() {
        assertThat(cfir.all()).allSatisfy(c -> {
            assertThat(c.definition()).isNotBlank();
            if (c.isSubConstruct()) {
                assertThat(cfir.construct(c.parent())).isPresent();
            }
        });
        assertThat(cfir.path(cfir.construct("C10a").orElseThrow()))
                .isEqualTo("Inner Setting: Available Resources: Funding");
        assertThat(cfir.path(cfir.construct("E6b").orElseThrow()))
                .isEqualTo("Implementation Process: Engaging: Innovation Recipients");
    }

    @Test
    void everyCategoryMapsOnlyToRealConstructs() {
        Stream.concat(
                        Arrays.stream(BarrierCategory.values()).flatMap(c -> c.typicalConstructs().stream()),
                        Arrays.stream(EnablerCategory.values()).flatMap(c -> c.typicalConstructs().stream()))
                .forEach(code -> assertThat(cfir.construct(code)).as(code).isPresent());
        assertThat(BarrierCategory.FUNDING.typicalConstructs()).containsExactly("C10a", "B6");
    }

    @Test
    void strongEvidenceMeansLevelThreeOrAbove() {
        assertThat(EvidenceRating.LEVEL_3.atLeast(EvidenceRating.LEVEL_3)).isTrue();
        assertThat(EvidenceRating.LEVEL_4_PLUS.atLeast(EvidenceRating.LEVEL_3)).isTrue();
        assertThat(EvidenceRating.LEVEL_2_PLUS.atLeast(EvidenceRating.LEVEL_3)).isFalse();
        assertThat(EvidenceRating.NL2.atLeast(EvidenceRating.LEVEL_2)).isFalse();
        assertThat(EvidenceRating.UNRATED.atLeast(EvidenceRating.LEVEL_2)).isFalse();
        assertThat(Coded.byCode(EvidenceRating.class, "3+")).contains(EvidenceRating.LEVEL_3_PLUS);
    }

    @Test
    void onlyInitialImplementationOnwardsIsInDelivery() {
        assertThat(Arrays.stream(ImplementationStage.values()).filter(ImplementationStage::inDelivery))
                .containsExactly(
                        ImplementationStage.INITIAL_IMPLEMENTATION,
                        ImplementationStage.FULL_IMPLEMENTATION,
                        ImplementationStage.SUSTAINMENT);
    }
}

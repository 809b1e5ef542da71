package uk.evidencemap.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.evidencemap.base.ValidationException;

class RelationshipTypeTest {

    @Test
    void rulesReadAsSentences() {
        assertThat(RelationshipType.BLOCKS.rule())
                .isEqualTo("BLOCKS goes from a Barrier to an Intervention, Organisation or Person");
        assertThat(RelationshipType.IMPLEMENTS.rule()).isEqualTo("IMPLEMENTS goes from an Intervention to a Programme");
    }

    @Test
    void endpointsFollowTheDomainModel() {
        assertThat(RelationshipType.BLOCKS.fits(NodeType.BARRIER, NodeType.PERSON))
                .isTrue();
        assertThat(RelationshipType.BLOCKS.fits(NodeType.PERSON, NodeType.INTERVENTION))
                .isFalse();
        assertThat(RelationshipType.IMPLEMENTS.fits(NodeType.INTERVENTION, NodeType.NEED))
                .isFalse();
        assertThat(RelationshipType.CHAMPIONS.to())
                .containsExactlyInAnyOrder(NodeType.INTERVENTION, NodeType.PROGRAMME, NodeType.EVIDENCE);
        assertThat(RelationshipType.between(NodeType.ORGANISATION, NodeType.INTERVENTION))
                .containsExactly(RelationshipType.COMMISSIONS, RelationshipType.DELIVERS, RelationshipType.INFLUENCES);
        assertThat(RelationshipType.between(NodeType.NEED, NodeType.PERSON)).isEmpty();
        assertThat(RelationshipType.between(NodeType.FACTOR, NodeType.FACTOR))
                .containsExactly(RelationshipType.INFLUENCES);
        assertThat(RelationshipType.between(NodeType.FACTOR, NodeType.PERSON)).isEmpty();
        assertThat(RelationshipType.between(NodeType.EVIDENCE, NodeType.FACTOR)).isEmpty();
        assertThat(RelationshipType.INFLUENCES.from())
                .containsExactlyInAnyOrder(
                        NodeType.FACTOR,
                        NodeType.NEED,
                        NodeType.BARRIER,
                        NodeType.ENABLER,
                        NodeType.INTERVENTION,
                        NodeType.ORGANISATION)
                .isEqualTo(RelationshipType.INFLUENCES.to());
    }

    @Test
    void collaborationAndPartnershipAreUndirected() {
        assertThat(RelationshipType.values())
                .filteredOn(RelationshipType::undirected)
                .containsExactlyInAnyOrder(RelationshipType.COLLABORATES_WITH, RelationshipType.PARTNERS_WITH);
    }

    @Test
    void unknownTypesAreRefusedWithTheListOfTypes() {
        assertThatThrownBy(() -> RelationshipType.parse("LIKES"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(
                        "type: 'LIKES' is not a relationship type; one of WORKS_FOR, COLLABORATES_WITH");
        assertThatThrownBy(() -> NodeType.parse("Cat"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("type: 'Cat' is not a node type; one of Person, Organisation, Programme, Intervention,"
                        + " Need, Barrier, Enabler, Evidence, Factor");
    }
}

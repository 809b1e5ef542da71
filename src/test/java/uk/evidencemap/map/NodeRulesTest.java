package uk.evidencemap.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;

class NodeRulesTest {

    private static List<Violation> violations(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("expected the input to be refused");
    }

    @Test
    void aNewBarrierIsOpenUnlessToldOtherwise() {
        var checked =
                NodeRules.checkNew(NodeType.BARRIER, "  Low funding  ", Map.of("category", "FUNDING", "severity", 4));
        assertThat(checked.name()).isEqualTo("Low funding");
        assertThat(checked.properties()).containsEntry("status", "OPEN").containsEntry("severity", 4L);
    }

    @Test
    void everyProblemWithANodeIsReportedAtOnce() {
        var found = violations(() ->
                NodeRules.checkNew(NodeType.BARRIER, " ", Map.of("category", "MONEY", "severity", 6, "colour", "red")));
        assertThat(found)
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("name", "category", "severity", "colour");
        assertThat(found)
                .extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).contains("'MONEY' is not one of FUNDING, STAFF_CAPACITY"));
        assertThat(found)
                .extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).isEqualTo("must be a whole number from 1 to 5 (got '6')"));
        assertThat(found)
                .extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).startsWith("is not a property of Barrier"));
    }

    @Test
    void requiredPropertiesAreNamed() {
        var found = violations(() -> NodeRules.checkNew(NodeType.PERSON, "Ann", Map.of()));
        assertThat(found)
                .containsExactly(new Violation(
                        "role",
                        "is required for Person: one of LOCAL_EVIDENCE_LEADER, COMMISSIONER, DMT_MEMBER, SERVICE_MANAGER,"
                                + " PRACTITIONER, PARENT_REPRESENTATIVE, RESEARCHER, OTHER"));
    }

    @Test
    void namesAreLimitedTo200Characters() {
        var found = violations(() -> NodeRules.checkNew(NodeType.NEED, "x".repeat(201), Map.of()));
        assertThat(found).containsExactly(new Violation("name", "must be at most 200 characters (it has 201)"));
    }

    @Test
    void namesAreCountedInCharactersAsPeopleCountThem() {
        String family = "\uD83D\uDC6A";
        assertThat(NodeRules.checkNew(NodeType.NEED, family.repeat(200), Map.of())
                        .name())
                .isEqualTo(family.repeat(200));
        assertThat(violations(() -> NodeRules.checkNew(NodeType.NEED, family.repeat(201), Map.of())))
                .containsExactly(new Violation("name", "must be at most 200 characters (it has 201)"));
    }

    @Test
    void aNameOfInvisibleCharactersIsRequiredAndOneWithControlsIsRefused() {
        assertThat(violations(() -> NodeRules.checkNew(NodeType.NEED, "\u00A0", Map.of())))
                .containsExactly(new Violation("name", "is required"));
        assertThat(violations(() -> NodeRules.checkNew(NodeType.NEED, "\u200B", Map.of())))
                .containsExactly(new Violation("name", "is required"));
        assertThat(violations(() -> NodeRules.checkNew(NodeType.NEED, "Early\u202Ehelp", Map.of())))
                .containsExactly(new Violation(
                        "name",
                        "contains the right-to-left override (U+202E), which can make text display as something"
                                + " else"));
        var current = new MapNode("1", NodeType.NEED, "a", "Need", 0, Map.of());
        assertThat(violations(() -> NodeRules.checkChange(current, new NodeChange("\u2060", Map.of(), 0L))))
                .containsExactly(new Violation("name", "is required"));
    }

    @Test
    void everyTextPropertyFollowsTheTextRule() {
        String flag = "\uD83C\uDDEC\uD83C\uDDE7";
        var checked = NodeRules.checkNew(
                NodeType.PROGRAMME,
                "P",
                Map.of("ageRange", flag.repeat(200), "description", "One\n\tTwo\u200F", "outcomes", "\u00A0"));
        assertThat(checked.properties())
                .containsEntry("ageRange", flag.repeat(200))
                .containsEntry("description", "One\n\tTwo\u200F")
                .doesNotContainKey("outcomes");
        var found = violations(() -> NodeRules.checkNew(
                NodeType.PROGRAMME,
                "P",
                Map.of(
                        "ageRange", flag.repeat(201),
                        "deliveryModel", "Group\nsessions",
                        "workforce", "\u0007",
                        "description", "Note\u2067",
                        "url", "https://example.org/\u202Efdp.exe")));
        assertThat(found)
                .containsExactlyInAnyOrder(
                        new Violation("ageRange", "must be at most 200 characters (it has 201)"),
                        new Violation(
                                "deliveryModel",
                                "contains a line break (U+000A), which a single line of text cannot have"),
                        new Violation(
                                "workforce", "contains a control character (U+0007), which cannot be shown as text"),
                        new Violation(
                                "description",
                                "contains the right-to-left isolate (U+2067), which can make text display as something"
                                        + " else"),
                        new Violation(
                                "url",
                                "contains the right-to-left override (U+202E), which can make text display as something"
                                        + " else"));
    }

    @Test
    void tagsAndNotesFollowTheTextRule() {
        String flag = "\uD83C\uDDEC\uD83C\uDDE7";
        var checked = NodeRules.checkNew(
                NodeType.BARRIER,
                "B",
                Map.of("category", "OTHER", "severity", 1, "tags", List.of(flag.repeat(40), "\u200B", "a\u00A0")));
        assertThat(checked.properties()).containsEntry("tags", List.of(flag.repeat(40), "a"));
        assertThat(violations(() -> NodeRules.checkNew(
                        NodeType.BARRIER,
                        "B",
                        Map.of("category", "OTHER", "severity", 1, "tags", List.of("ok", flag.repeat(41), "x\u202D")))))
                .containsExactly(new Violation(
                        "tags",
                        "tag 2 must be at most 40 characters (it has 41); tag 3 contains the left-to-right override"
                                + " (U+202D), which can make text display as something else"));
        assertThatThrownBy(() -> NodeRules.checkRelationshipProperties(
                        RelationshipType.WORKS_FOR, Map.of("note", "since\u0000")))
                .hasMessage("note: contains the null character (U+0000), which cannot be shown as text");
    }

    @Test
    void enablerStrengthIsOneToFive() {
        assertThat(violations(() ->
                        NodeRules.checkNew(NodeType.ENABLER, "E", Map.of("category", "PARTNERSHIP", "strength", 0))))
                .containsExactly(new Violation("strength", "must be a whole number from 1 to 5 (got '0')"));
        assertThat(NodeRules.checkNew(NodeType.ENABLER, "E", Map.of("category", "PARTNERSHIP", "strength", "5"))
                        .properties())
                .containsEntry("strength", 5L);
    }

    @Test
    void evidenceRatingsUseTheGuidebookScale() {
        assertThat(NodeRules.checkNew(NodeType.PROGRAMME, "P", Map.of("evidenceRating", "3+"))
                        .properties())
                .containsEntry("evidenceRating", "3+");
        assertThat(violations(() -> NodeRules.checkNew(NodeType.PROGRAMME, "P", Map.of("evidenceRating", "5"))))
                .extracting(Violation::message)
                .singleElement()
                .asString()
                .contains("'5' is not one of 4+, 4, 3+, 3, 2+, 2, NL2, NE, UNRATED");
    }

    @Test
    void stagesKindsAndRolesAreEnumerations() {
        assertThat(violations(() -> NodeRules.checkNew(NodeType.INTERVENTION, "I", Map.of("stage", "DONE"))))
                .extracting(Violation::field)
                .containsExactly("stage");
        assertThat(violations(() -> NodeRules.checkNew(NodeType.ORGANISATION, "O", Map.of("kind", "SHOP"))))
                .extracting(Violation::field)
                .containsExactly("kind");
        assertThat(violations(() -> NodeRules.checkNew(NodeType.EVIDENCE, "E", Map.of("kind", "BLOG"))))
                .extracting(Violation::field)
                .containsExactly("kind");
    }

    @Test
    void cfirConstructsMustBeRealCodes() {
        assertThat(NodeRules.checkNew(
                                NodeType.BARRIER,
                                "B",
                                Map.of("category", "FUNDING", "severity", 3, "cfirConstruct", "C10a"))
                        .properties())
                .containsEntry("cfirConstruct", "C10a");
        assertThat(violations(() -> NodeRules.checkNew(
                        NodeType.BARRIER, "B", Map.of("category", "FUNDING", "severity", 3, "cfirConstruct", "Z9"))))
                .extracting(Violation::message)
                .singleElement()
                .asString()
                .startsWith("'Z9' is not a CFIR 2.0 construct code");
    }

    @Test
    void urlsMustBeWebAddressesAndEmailsEmailAddresses() {
        assertThat(violations(() -> NodeRules.checkNew(
                        NodeType.EVIDENCE, "E", Map.of("kind", "RCT", "url", "javascript:alert(1)"))))
                .containsExactly(new Violation("url", "must be a web address starting with http:// or https://"));
        assertThat(violations(() ->
                        NodeRules.checkNew(NodeType.PERSON, "P", Map.of("role", "OTHER", "email", "not-an-address"))))
                .containsExactly(new Violation("email", "'not-an-address' is not an email address"));
    }

    @Test
    void tagsAreTrimmedDeduplicatedAndLimited() {
        var checked = NodeRules.checkNew(
                NodeType.BARRIER,
                "B",
                Map.of("category", "OTHER", "severity", 1, "tags", List.of(" budget", "budget", "", "staff ")));
        assertThat(checked.properties()).containsEntry("tags", List.of("budget", "staff"));
        assertThat(violations(() -> NodeRules.checkNew(
                        NodeType.BARRIER,
                        "B",
                        Map.of("category", "OTHER", "severity", 1, "tags", List.of("x".repeat(41))))))
                .extracting(Violation::field)
                .containsExactly("tags");
    }

    @Test
    void aChangeMergesPropertiesAndNullRemovesOne() {
        var current = new MapNode(
                "1",
                NodeType.BARRIER,
                "a",
                "B",
                2,
                Map.of("category", "FUNDING", "severity", 3L, "status", "OPEN", "description", "old"));
        var changes = new HashMap<String, Object>();
        changes.put("severity", 5);
        changes.put("description", null);
        var checked = NodeRules.checkChange(current, new NodeChange(null, changes, 2L));
        assertThat(checked.name()).isEqualTo("B");
        assertThat(checked.properties())
                .containsEntry("severity", 5L)
                .doesNotContainKey("description")
                .containsEntry("status", "OPEN");
    }

    @Test
    void aChangeCannotRemoveARequiredProperty() {
        var current = new MapNode("1", NodeType.INTERVENTION, "a", "I", 0, Map.of("stage", "EXPLORATION"));
        var changes = new HashMap<String, Object>();
        changes.put("stage", null);
        assertThatThrownBy(() -> NodeRules.checkChange(current, new NodeChange(null, changes, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("stage: is required for Intervention");
    }

    @Test
    void relationshipsCarryANoteTheirTypesPropertiesAndCustomFieldsOnly() {
        assertThat(NodeRules.checkRelationshipProperties(RelationshipType.WORKS_FOR, Map.of("note", " since 2024 ")))
                .containsEntry("note", "since 2024");
        assertThatThrownBy(() -> NodeRules.checkRelationshipProperties(RelationshipType.WORKS_FOR, Map.of("weight", 3)))
                .hasMessage("weight: is not a property of WORKS_FOR; its properties are note,"
                        + " and custom fields named field.<name>");
        assertThat(NodeRules.checkRelationshipProperties(RelationshipType.WORKS_FOR, Map.of("field.weight", 3)))
                .containsEntry("field.weight", 3L);
        assertThatThrownBy(() ->
                        NodeRules.checkRelationshipProperties(RelationshipType.WORKS_FOR, Map.of("polarity", "SAME")))
                .hasMessageStartingWith("polarity: is not a property of WORKS_FOR");
    }

    @Test
    void anInfluenceHasAPolarityUnknownUnlessGivenAndAStrengthFromOneToFive() {
        assertThat(NodeRules.checkRelationshipProperties(RelationshipType.INFLUENCES, Map.of()))
                .isEqualTo(Map.of("polarity", "UNKNOWN"));
        assertThat(NodeRules.checkRelationshipProperties(
                        RelationshipType.INFLUENCES, Map.of("polarity", "OPPOSITE", "delay", "true", "strength", 4)))
                .isEqualTo(Map.of("polarity", "OPPOSITE", "delay", true, "strength", 4L));
        assertThatThrownBy(() -> NodeRules.checkRelationshipProperties(
                        RelationshipType.INFLUENCES, Map.of("polarity", "++", "strength", 9)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("polarity: '++' is not one of SAME, OPPOSITE, UNKNOWN")
                .hasMessageContaining("strength: must be a whole number from 1 to 5 (got '9')");
    }

    @Test
    void customFieldsKeepTextNumbersTruthAndListsAndRefuseBadNamesAndTooMany() {
        var checked = NodeRules.checkNew(
                NodeType.FACTOR,
                "Economic stress",
                Map.of(
                        "field.Population",
                        5000,
                        "field.Share",
                        0.25,
                        "field.Checked",
                        true,
                        "field.Sources",
                        List.of("ONS ", "local survey"),
                        "field.Note",
                        "line one\nline two"));
        assertThat(checked.properties())
                .containsEntry("field.Population", 5000L)
                .containsEntry("field.Share", 0.25)
                .containsEntry("field.Checked", true)
                .containsEntry("field.Sources", List.of("ONS", "local survey"))
                .containsEntry("field.Note", "line one\nline two");
        assertThatThrownBy(() -> NodeRules.checkNew(NodeType.FACTOR, "x", Map.of("field. padded", "a")))
                .hasMessageContaining("field. padded: is not a property of Factor");
        assertThatThrownBy(() -> NodeRules.checkNew(NodeType.FACTOR, "x", Map.of("field.", "a")))
                .hasMessageContaining("field.: is not a property of Factor");
        assertThatThrownBy(() -> NodeRules.checkNew(NodeType.FACTOR, "x", Map.of("field.Ratio", Double.NaN)))
                .hasMessageContaining("field.Ratio: must be a finite number");
        Map<String, Object> many = new HashMap<>();
        for (int i = 0; i <= NodeRules.CUSTOM_FIELDS_MAX; i++) {
            many.put("field.f" + i, i);
        }
        assertThatThrownBy(() -> NodeRules.checkNew(NodeType.FACTOR, "x", many))
                .hasMessageContaining("at most 50 custom fields (got 51)");
    }

    @Test
    void aFactorHasADomainTagsAndADescriptionAndEveryTypeTakesTags() {
        var checked = NodeRules.checkNew(
                NodeType.FACTOR, "Parental conflict", Map.of("domain", "family", "tags", List.of("wider context")));
        assertThat(checked.properties())
                .containsEntry("domain", "family")
                .containsEntry("tags", List.of("wider context"));
        for (NodeType type : NodeType.values()) {
            assertThat(type.property("tags")).as(type.label()).isPresent();
        }
    }

    @Test
    void anEnablerNamesTheEricStrategiesItAppliesByCode() {
        Map<String, Object> enabler = Map.of(
                "category",
                "RESEARCH_CHAMPIONS",
                "strength",
                4,
                "ericStrategies",
                List.of("IDENTIFY_AND_PREPARE_CHAMPIONS", "IDENTIFY_AND_PREPARE_CHAMPIONS"));
        assertThat(NodeRules.checkNew(NodeType.ENABLER, "Champions network", enabler)
                        .properties())
                .containsEntry("ericStrategies", List.of("IDENTIFY_AND_PREPARE_CHAMPIONS"));
        assertThatThrownBy(() -> NodeRules.checkNew(
                        NodeType.ENABLER,
                        "x",
                        Map.of(
                                "category",
                                "OTHER",
                                "strength",
                                1,
                                "ericStrategies",
                                List.of("HUGS", "IDENTIFY_AND_PREPARE_CHAMPIONS", "X"))))
                .hasMessageContaining("ericStrategies: 'HUGS', 'X' are not codes of ERIC strategies applied");
        assertThat(NodeType.BARRIER.property("ericStrategies")).isEmpty();
    }
}

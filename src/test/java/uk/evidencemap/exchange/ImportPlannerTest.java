package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.evidencemap.map.GraphDraft;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

class ImportPlannerTest {

    private final List<ExchangeGraph.Element> elements = new ArrayList<>();
    private final List<ExchangeGraph.Connection> connections = new ArrayList<>();

    private void element(String key, String label, String type, Map<String, Object> fields) {
        elements.add(new ExchangeGraph.Element(
                "Elements row " + (elements.size() + 2), key, label, type, null, List.of(), fields, null, null));
    }

    private void connection(String from, String to, String type, String polarity, boolean directed) {
        connections.add(new ExchangeGraph.Connection(
                "Connections row " + (connections.size() + 2),
                from,
                to,
                true,
                type,
                polarity,
                directed,
                null,
                List.of(),
                Map.of()));
    }

    private ImportPlanner.Plan plan(ImportOptions options, List<MapNode> existing) {
        return new ImportPlanner(options, existing, List.of())
                .plan(new ExchangeGraph(elements, connections, Map.of(), List.of()), "test.xlsx");
    }

    private ImportPlanner.Plan plan() {
        return plan(ImportOptions.defaults(), List.of());
    }

    private static GraphDraft.Node node(ImportPlanner.Plan plan, String name) {
        return plan.draft().nodes().stream()
                .filter(n -> n.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void typesMapByTheirNamesAndOtherTypesBecomeTheDefaultTypeOrTheOneChosen() {
        element("1", "Acme", "Organization", Map.of());
        element("2", "Ada", "person", Map.of());
        element("3", "Rising rents", "Issue", Map.of());
        element("4", "Peer mentoring", "Program", Map.of());
        element("5", "Untyped", null, Map.of());

        ImportPlanner.Plan plan = plan();

        assertThat(node(plan, "Acme").type()).isEqualTo(NodeType.ORGANISATION);
        assertThat(node(plan, "Ada").type()).isEqualTo(NodeType.PERSON);
        assertThat(node(plan, "Rising rents").type()).isEqualTo(NodeType.FACTOR);
        assertThat(node(plan, "Untyped").type()).isEqualTo(NodeType.FACTOR);
        assertThat(plan.report().mapped())
                .containsEntry("Organization", "Organisation")
                .containsEntry("Issue", "Factor")
                .containsEntry("(no type)", "Factor");
        assertThat(plan.report().skipped())
                .containsExactly(new ImportReport.Skipped(
                        "Elements row 5",
                        "Programme 'Peer mentoring' is not in the catalogue; an administrator adds programmes"
                                + " (or map the type 'Program' to another node type)"));

        ImportPlanner.Plan chosen =
                plan(new ImportOptions(NodeType.NEED, Map.of("Program", NodeType.INTERVENTION)), List.of());
        assertThat(node(chosen, "Rising rents").type()).isEqualTo(NodeType.NEED);
        assertThat(node(chosen, "Peer mentoring").type()).isEqualTo(NodeType.INTERVENTION);
    }

    @Test
    void fieldsGoToTheTypesPropertiesByNameOrLabelAndTheRestAreKeptAsCustomFieldsWithDefaultsNamed() {
        element(
                "1",
                "Ada",
                "Person",
                Map.of("Role", "Local evidence leader", "Email", "ada@example.org", "Twitter", "@ada"));
        element("2", "Bo", "Person", Map.of("Role", "Chief executive"));
        element("3", "Cuts", "Barrier", Map.of("Severity", 9L));

        ImportPlanner.Plan plan = plan();

        assertThat(node(plan, "Ada").properties())
                .containsEntry("role", "LOCAL_EVIDENCE_LEADER")
                .containsEntry("email", "ada@example.org")
                .containsEntry("field.Twitter", "@ada");
        assertThat(node(plan, "Bo").properties())
                .containsEntry("role", "OTHER")
                .containsEntry("field.Role", "Chief executive");
        assertThat(node(plan, "Cuts").properties())
                .containsEntry("severity", 3L)
                .containsEntry("category", "OTHER")
                .containsEntry("field.Severity", "9");
        assertThat(plan.report().warnings())
                .contains(
                        "1 × Person without role: set to Other",
                        "1 × Barrier without category: set to Other",
                        "1 × Barrier without severity: set to 3");
    }

    @Test
    void elementsThatBreakTheTextRulesOrRepeatAreNamedAndExistingNodesAreJoinedNotChanged() {
        element("1", " ", "Factor", Map.of());
        element("2", "Debt\u202e", "Factor", Map.of());
        element("3", "Debt", "Factor", Map.of());
        element("4", "debt", "Factor", Map.of());
        element("5", "Housing", "Need", Map.of());
        MapNode housing = new MapNode("need-1", NodeType.NEED, "area", "Housing", 2, Map.of());

        ImportPlanner.Plan plan = plan(ImportOptions.defaults(), List.of(housing));

        assertThat(plan.report().skipped())
                .extracting(ImportReport.Skipped::row)
                .containsExactly("Elements row 2", "Elements row 3", "Elements row 5");
        assertThat(plan.report().skipped().get(0).reason()).startsWith("name is required");
        assertThat(plan.report().skipped().get(1).reason()).contains("U+202E");
        assertThat(plan.report().skipped().get(2).reason())
                .isEqualTo("repeats 'Debt' (Elements row 4): taken as the same element");
        assertThat(node(plan, "Housing").existingId()).isEqualTo("need-1");
        assertThat(plan.report().matched()).isEqualTo(1);
        assertThat(plan.report().created().nodes()).isEqualTo(1);
    }

    @Test
    void connectionsTakeTheOnlyTypeAllowedOrAnInfluenceWithKumusPolarityAndOtherwiseAreSkippedWithTheirReason() {
        element("1", "Ada", "Person", Map.of());
        element("2", "Bo", "Person", Map.of());
        element("3", "Stress", "Factor", Map.of());
        element("4", "Conflict", "Factor", Map.of());
        element("5", "Acme", "Organisation", Map.of());
        connection("Ada", "Bo", null, null, true);
        connection("Stress", "Conflict", "++", null, true);
        connection("Conflict", "Stress", null, "+-", true);
        connection("Ada", "Stress", null, null, true);
        connection("Ada", "Acme", null, null, true);
        connection("Ada", "Nobody", null, null, true);
        connection("Bo", "Ada", null, null, false);
        connection("Stress", "Conflict", null, "--", true);
        connection("Acme", "Acme", null, null, true);

        ImportPlanner.Plan plan = plan();

        assertThat(plan.draft().links())
                .extracting(l -> l.type() + " " + l.properties().getOrDefault("polarity", ""))
                .containsExactly("COLLABORATES_WITH ", "INFLUENCES SAME", "INFLUENCES OPPOSITE", "WORKS_FOR ");
        assertThat(plan.report().skipped())
                .containsExactly(
                        new ImportReport.Skipped(
                                "Connections row 5",
                                "the model has no relationship from a Person ('Ada') to a Factor ('Stress')"),
                        new ImportReport.Skipped(
                                "Connections row 7", "'To' names 'Nobody', which is not an element that was imported"),
                        new ImportReport.Skipped(
                                "Connections row 8",
                                "names the pair of Connections row 2 the other way round ('Bo' collaborates with 'Ada')"),
                        new ImportReport.Skipped(
                                "Connections row 9", "repeats Connections row 3 ('Stress' influences 'Conflict')"),
                        new ImportReport.Skipped("Connections row 10", "joins 'Acme' to itself"));
        assertThat(plan.report().loops()).isEqualTo(1);
        assertThat(plan.report().created().relationshipTypes())
                .containsEntry("INFLUENCES", 2)
                .containsEntry("COLLABORATES_WITH", 1)
                .containsEntry("WORKS_FOR", 1);
    }

    @Test
    void aNamedRelationshipTypeIsUsedWhereItFitsAndSeveralFittingTypesAskForOne() {
        element("1", "Acme", "Organisation", Map.of());
        element("2", "Parenting groups", "Intervention", Map.of());
        element("3", "Ada", "Person", Map.of());
        connection("Acme", "Parenting groups", "delivers", null, true);
        connection("Acme", "Parenting groups", "funds", null, true);
        connection("Ada", "Parenting groups", "LEADS", null, true);
        connection("Parenting groups", "Ada", "Leads", null, true);

        ImportPlanner.Plan plan = plan();

        assertThat(plan.draft().links())
                .extracting(GraphDraft.Link::type)
                .containsExactly(RelationshipType.DELIVERS, RelationshipType.INFLUENCES, RelationshipType.LEADS);
        assertThat(plan.report().skipped()).singleElement().satisfies(s -> {
            assertThat(s.row()).isEqualTo("Connections row 5");
            assertThat(s.reason())
                    .isEqualTo("LEADS goes from a Person to an Intervention, not from an Intervention to a Person");
        });
    }

    @Test
    void customFieldsKeepTheirKeysAndNumbersFromSpreadsheetCellsBecomeTextWhereThePropertyIsText() {
        element(
                "1",
                "Cost of living",
                "Factor",
                Map.of("field.Households", 1200L, "Domain", 2024L, "field.Areas", List.of("north", "south")));
        element("2", "Grant", "Barrier", Map.of("Severity", 4.0, "Category", "FUNDING", "Status", "OPEN"));

        ImportPlanner.Plan plan = plan();

        assertThat(node(plan, "Cost of living").properties())
                .containsEntry("field.Households", 1200L)
                .containsEntry("field.Areas", List.of("north", "south"))
                .containsEntry("domain", "2024")
                .doesNotContainKey("field.field.Households");
        assertThat(node(plan, "Grant").properties()).containsEntry("severity", 4.0);
        assertThat(plan.report().warnings()).noneMatch(w -> w.contains("custom fields"));
    }

    @Test
    void theProductsOwnFileKeepsTwoNodesOfOneTypeAndNameApartByTheirIds() {
        element("a", "Sam Lee", "Person", Map.of("role", "PRACTITIONER"));
        element("b", "Sam Lee", "Person", Map.of("role", "RESEARCHER"));

        ImportPlanner.Plan own = new ImportPlanner(ImportOptions.defaults(), List.of(), List.of())
                .plan(new ExchangeGraph(elements, connections, Map.of(), List.of(), true), "area.json");
        ImportPlanner.Plan other = plan();

        assertThat(own.draft().nodes())
                .extracting(n -> n.properties().get("role"))
                .containsExactly("PRACTITIONER", "RESEARCHER");
        assertThat(own.report().skipped()).isEmpty();
        assertThat(other.draft().nodes()).hasSize(1);
        assertThat(other.report().skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).startsWith("repeats 'Sam Lee'"));
    }

    @Test
    void aConnectionTheMapHoldsAlreadyBetweenNodesAlreadyThereIsSkippedWithItsReason() {
        element("1", "Ada", "Person", Map.of());
        element("2", "Acme", "Organisation", Map.of());
        element("3", "Bo", "Person", Map.of());
        connection("Ada", "Acme", "WORKS_FOR", null, true);
        connection("Bo", "Acme", "WORKS_FOR", null, true);
        connection("Bo", "Ada", "COLLABORATES_WITH", null, false);
        MapNode ada = new MapNode("p-1", NodeType.PERSON, "area", "Ada", 1, Map.of("role", "OTHER"));
        MapNode bo = new MapNode("p-2", NodeType.PERSON, "area", "Bo", 1, Map.of("role", "OTHER"));
        MapNode acme = new MapNode("o-1", NodeType.ORGANISATION, "area", "Acme", 1, Map.of("kind", "OTHER"));
        List<MapRelationship> onTheMap = List.of(
                new MapRelationship("r-1", RelationshipType.WORKS_FOR, "p-1", "o-1", "area", Map.of()),
                new MapRelationship("r-2", RelationshipType.COLLABORATES_WITH, "p-1", "p-2", "area", Map.of()));

        ImportPlanner.Plan plan = new ImportPlanner(ImportOptions.defaults(), List.of(ada, bo, acme), onTheMap)
                .plan(new ExchangeGraph(elements, connections, Map.of(), List.of()), "again.xlsx");

        assertThat(plan.draft().links())
                .singleElement()
                .satisfies(l -> assertThat(l.from()).isEqualTo(node(plan, "Bo").key()));
        assertThat(plan.report().skipped())
                .containsExactly(
                        new ImportReport.Skipped("Connections row 2", "'Ada' works for 'Acme' is on the map already"),
                        new ImportReport.Skipped(
                                "Connections row 4", "'Bo' collaborates with 'Ada' is on the map already"));
    }
}

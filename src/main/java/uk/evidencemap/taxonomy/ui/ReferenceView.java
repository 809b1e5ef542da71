package uk.evidencemap.taxonomy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.evidencemap.taxonomy.BarrierCategory;
import uk.evidencemap.taxonomy.Cfir;
import uk.evidencemap.taxonomy.EnablerCategory;
import uk.evidencemap.taxonomy.EricStrategy;
import uk.evidencemap.taxonomy.EvidenceKind;
import uk.evidencemap.taxonomy.EvidenceRating;
import uk.evidencemap.taxonomy.ImplementationStage;

/**
 * The reference data the product ships, for people tagging barriers and enablers: the seed
 * categories and the CFIR 2.0 constructs they map to, the ERIC implementation strategies, the rating
 * scale, stages and evidence kinds.
 */
@Route("reference")
@PermitAll
@PageTitle("Reference | Evidence Map")
class ReferenceView extends VerticalLayout {

    /** One row of a category table. */
    record CategoryRow(String code, String label, String meaning, String constructs) {}

    final Grid<Cfir.Construct> constructs = new Grid<>(Cfir.Construct.class, false);
    final Grid<CategoryRow> barrierCategories;
    final Grid<CategoryRow> enablerCategories;
    final Grid<EricStrategy> strategies = new Grid<>(EricStrategy.class, false);
    final TextField strategyFilter = new TextField();

    ReferenceView() {
        Cfir cfir = Cfir.get();
        add(
                new H2("Reference"),
                new Paragraph("Barriers and enablers are tagged with a category and, optionally,"
                        + " the exact construct of the Consolidated Framework for Implementation Research (CFIR 2.0),"
                        + " so that a tag means the same thing in every area."));

        barrierCategories = categoryGrid(
                "Barrier categories",
                Arrays.stream(BarrierCategory.values())
                        .map(c -> new CategoryRow(
                                c.code(), c.label(), c.meaning(), constructNames(cfir, c.typicalConstructs())))
                        .toList());
        enablerCategories = categoryGrid(
                "Enabler categories",
                Arrays.stream(EnablerCategory.values())
                        .map(c -> new CategoryRow(
                                c.code(), c.label(), c.meaning(), constructNames(cfir, c.typicalConstructs())))
                        .toList());
        add(new H3("Barrier categories"), barrierCategories, new H3("Enabler categories"), enablerCategories);

        add(new H3("CFIR 2.0 constructs"), new Paragraph(cfir.source()));
        constructs.setAriaLabel("CFIR 2.0 constructs");
        constructs
                .addColumn(Cfir.Construct::code)
                .setHeader("Code")
                .setAutoWidth(true)
                .setFlexGrow(0);
        constructs
                .addColumn(c -> cfir.domainOf(c).name())
                .setHeader("Domain")
                .setAutoWidth(true)
                .setFlexGrow(0);
        constructs
                .addColumn(c -> c.isSubConstruct()
                        ? cfir.construct(c.parent()).orElseThrow().name() + ": " + c.name()
                        : c.name())
                .setHeader("Construct")
                .setAutoWidth(true)
                .setFlexGrow(1);
        constructs
                .addColumn(Cfir.Construct::definition)
                .setHeader("Short definition")
                .setFlexGrow(3);
        constructs.addThemeVariants(
                GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        constructs.setAllRowsVisible(true);
        ListDataProvider<Cfir.Construct> data = new ListDataProvider<>(cfir.all());
        constructs.setDataProvider(data);
        TextField filter = new TextField();
        filter.setAriaLabel("Filter constructs");
        filter.setPlaceholder("Filter constructs");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> {
            String q = e.getValue().strip().toLowerCase(Locale.ROOT);
            data.setFilter(c -> q.isEmpty()
                    || (c.code() + " " + cfir.path(c) + " " + c.definition())
                            .toLowerCase(Locale.ROOT)
                            .contains(q));
        });
        add(filter, constructs);

        addStrategies();

        add(
                new H3("Evidence ratings (Foundations Guidebook scale)"),
                new Paragraph(Arrays.stream(EvidenceRating.values())
                                .map(r -> r.code() + ": " + r.label())
                                .collect(Collectors.joining(" · "))
                        + ". Strong evidence means level 3 or above."));
        add(
                new H3("Implementation stages"),
                new Paragraph(Arrays.stream(ImplementationStage.values())
                        .map(s -> s.label() + (s.inDelivery() ? " (in delivery)" : ""))
                        .collect(Collectors.joining(" → "))));
        add(
                new H3("Kinds of evidence"),
                new Paragraph(Arrays.stream(EvidenceKind.values())
                                .map(EvidenceKind::label)
                                .collect(Collectors.joining(" · "))
                        + ". These are not a hierarchy: different questions need different kinds of evidence."));
    }

    /** The ERIC strategies enablers can name, searchable by name, cluster, definition or code. */
    private void addStrategies() {
        add(
                new H3("Implementation strategies (ERIC)"),
                new Paragraph("An enabler can name the strategies it applies, from the 73 of the Expert Recommendations"
                        + " for Implementing Change in their 9 clusters. Names and clusters as published; the short"
                        + " definitions are ours. Source: " + EricStrategy.SOURCE));
        strategies.setAriaLabel("ERIC implementation strategies");
        strategies
                .addColumn(EricStrategy::label)
                .setHeader("Strategy")
                .setAutoWidth(true)
                .setFlexGrow(1);
        strategies
                .addColumn(s -> s.cluster().label())
                .setHeader("Cluster")
                .setAutoWidth(true)
                .setFlexGrow(0);
        strategies
                .addColumn(EricStrategy::definition)
                .setHeader("Short definition")
                .setFlexGrow(3);
        strategies
                .addColumn(EricStrategy::code)
                .setHeader("Code")
                .setAutoWidth(true)
                .setFlexGrow(0);
        strategies.addThemeVariants(
                GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        strategies.setAllRowsVisible(true);
        ListDataProvider<EricStrategy> data = new ListDataProvider<>(Arrays.asList(EricStrategy.values()));
        strategies.setDataProvider(data);
        strategyFilter.setAriaLabel("Filter strategies");
        strategyFilter.setPlaceholder("Filter strategies");
        strategyFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        strategyFilter.setValueChangeMode(ValueChangeMode.LAZY);
        strategyFilter.setClearButtonVisible(true);
        strategyFilter.addValueChangeListener(e -> {
            String q = e.getValue().strip().toLowerCase(Locale.ROOT);
            data.setFilter(s -> q.isEmpty()
                    || (s.label() + " " + s.cluster().label() + " " + s.definition() + " " + s.code())
                            .toLowerCase(Locale.ROOT)
                            .contains(q));
        });
        add(strategyFilter, strategies);
    }

    private static String constructNames(Cfir cfir, List<String> codes) {
        return codes.stream()
                .map(code -> cfir.construct(code)
                        .map(c -> c.code() + " " + cfir.path(c))
                        .orElse(code))
                .collect(Collectors.joining("; "));
    }

    private static Grid<CategoryRow> categoryGrid(String label, List<CategoryRow> rows) {
        Grid<CategoryRow> grid = new Grid<>(CategoryRow.class, false);
        grid.setAriaLabel(label);
        grid.addColumn(CategoryRow::label)
                .setHeader("Category")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CategoryRow::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CategoryRow::meaning).setHeader("Meaning").setFlexGrow(2);
        grid.addColumn(CategoryRow::constructs)
                .setHeader("Typical CFIR 2.0 constructs")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(rows);
        return grid;
    }
}

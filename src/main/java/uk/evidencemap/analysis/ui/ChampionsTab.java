package uk.evidencemap.analysis.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uk.evidencemap.analysis.AnalysisCsv;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.ChampionReport;
import uk.evidencemap.analysis.PersonCentrality;
import uk.evidencemap.analysis.SinglePointOfFailure;
import uk.evidencemap.analysis.Subject;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.PersonRole;

/** The champions tab of the analysis page: people by betweenness, and the single points of failure. */
final class ChampionsTab extends VerticalLayout {

    final Grid<PersonCentrality> people = new Grid<>(PersonCentrality.class, false);
    final Grid<SinglePointOfFailure> failures = new Grid<>(SinglePointOfFailure.class, false);

    /** @param areaId the area shown, once the page has been entered */
    ChampionsTab(AnalysisService analyses, Supplier<String> areaId) {
        people.setAriaLabel("People by betweenness");
        people.addColumn(p -> p.person().name())
                .setHeader("Person")
                .setSortable(true)
                .setFlexGrow(2);
        people.addColumn(p -> role(p.person().role()))
                .setHeader("Role")
                .setSortable(true)
                .setAutoWidth(true);
        people.addColumn(p -> String.format(Locale.ROOT, "%.4f", p.betweenness()))
                .setHeader("Betweenness")
                .setSortable(true)
                .setComparator(PersonCentrality::betweenness)
                .setAutoWidth(true);
        people.addColumn(PersonCentrality::organisationsBridged)
                .setHeader("Organisations bridged")
                .setSortable(true)
                .setAutoWidth(true);
        people.addColumn(p -> p.champions().stream().map(Subject::name).collect(Collectors.joining(", ")))
                .setHeader("Champions or leads")
                .setFlexGrow(3);
        people.addColumn(p -> p.potential() ? "Potential champion" : "")
                .setHeader("Potential")
                .setAutoWidth(true);
        people.addComponentColumn(p -> AnalysisView.mapLink(
                        AnalysisView.showLink(
                                areaId.get(),
                                new Subject(
                                        p.person().id(),
                                        NodeType.PERSON.label(),
                                        p.person().name())),
                        p.person().name()))
                .setHeader("Map")
                .setAutoWidth(true)
                .setFlexGrow(0);
        people.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        people.setMinHeight("22rem");
        failures.setAriaLabel("Single points of failure");
        failures.addColumn(f -> f.kind() == SinglePointOfFailure.Kind.ONLY_CHAMPION ? "Only champion" : "Only link")
                .setHeader("Kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        failures.addColumn(f -> f.subject().name()).setHeader("About").setFlexGrow(1);
        failures.addColumn(SinglePointOfFailure::reason).setHeader("Why").setFlexGrow(3);
        failures.addComponentColumn(f -> AnalysisView.mapLink(
                        AnalysisView.showLink(areaId.get(), f.subject()),
                        f.subject().name()))
                .setHeader("Map")
                .setAutoWidth(true)
                .setFlexGrow(0);
        failures.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        failures.setAllRowsVisible(true);
        HorizontalLayout downloads = new HorizontalLayout(
                AnalysisView.csv(
                        "Download people as CSV",
                        () -> areaId.get() + "-champions.csv",
                        () -> AnalysisCsv.champions(analyses.champions(areaId.get()))),
                AnalysisView.csv(
                        "Download single points of failure as CSV",
                        () -> areaId.get() + "-single-points-of-failure.csv",
                        () -> AnalysisCsv.singlePointsOfFailure(analyses.champions(areaId.get()))));
        setPadding(false);
        setSizeFull();
        add(downloads, people);
        setFlexGrow(1, people);
        add(new H3("Single points of failure"), failures);
    }

    void show(ChampionReport report) {
        people.setItems(report.people());
        failures.setItems(report.singlePointsOfFailure());
    }

    private static String role(String code) {
        return Coded.byCode(PersonRole.class, code).map(PersonRole::label).orElse(code == null ? "" : code);
    }
}

package uk.evidencemap.analysis.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uk.evidencemap.analysis.AnalysisCsv;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.ChampionReport;
import uk.evidencemap.analysis.Explanations;
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
    /** What the count on the tab counts: people who champion or lead something, of everyone listed. */
    final Paragraph count = new Paragraph();
    /** What betweenness, organisations bridged and a potential champion mean. */
    final UnorderedList meanings = new UnorderedList();
    /** What a single point of failure is. */
    final Paragraph failureMeaning = new Paragraph(Explanations.SINGLE_POINT_OF_FAILURE);

    /** @param areaId the area shown, once the page has been entered */
    ChampionsTab(AnalysisService analyses, Supplier<String> areaId) {
        people.setAriaLabel("People by betweenness");
        // the name, and under it whether the person is a potential champion (explained above the grid)
        people.addColumn(LitRenderer.<PersonCentrality>of("""
                        <span>${item.name}</span> \
                        <span theme="badge small" ?hidden=${!item.potential}>Potential champion</span>""")
                        .withProperty("name", p -> p.person().name())
                        .withProperty("potential", PersonCentrality::potential))
                .setHeader("Person")
                .setSortable(true)
                .setComparator(
                        Comparator.comparing((PersonCentrality p) -> p.person().name(), String.CASE_INSENSITIVE_ORDER))
                .setWidth("12rem")
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
        // the answer to "who champions what": never squeezed (a basis of 14rem, the most of the spare width, wrapped)
        people.addColumn(p -> p.champions().stream().map(Subject::name).collect(Collectors.joining(", ")))
                .setHeader("Champions or leads")
                .setWidth("14rem")
                .setFlexGrow(4);
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
        failures.addColumn(f -> f.subject().name())
                .setHeader("About")
                .setWidth("10rem")
                .setFlexGrow(1);
        failures.addColumn(SinglePointOfFailure::reason)
                .setHeader("Why")
                .setWidth("16rem")
                .setFlexGrow(3);
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
        meanings.add(
                new ListItem(Explanations.BETWEENNESS),
                new ListItem(Explanations.ORGANISATIONS_BRIDGED),
                new ListItem(Explanations.POTENTIAL_CHAMPION));
        meanings.addClassName("figure-meanings");
        add(count, meanings, downloads, people);
        setFlexGrow(1, people);
        add(new H3("Single points of failure"), failureMeaning, failures);
    }

    void show(ChampionReport report) {
        people.setItems(report.people());
        failures.setItems(report.singlePointsOfFailure());
        count.setText(
                Explanations.championsCount(champions(report), report.people().size()));
    }

    /** The people who champion or lead something (the count on the tab). */
    static long champions(ChampionReport report) {
        return report.people().stream().filter(p -> !p.champions().isEmpty()).count();
    }

    private static String role(String code) {
        return Coded.byCode(PersonRole.class, code).map(PersonRole::label).orElse(code == null ? "" : code);
    }
}

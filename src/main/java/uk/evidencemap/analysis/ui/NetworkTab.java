package uk.evidencemap.analysis.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import uk.evidencemap.analysis.Explanations;
import uk.evidencemap.analysis.NetworkFigures;
import uk.evidencemap.analysis.NetworkReport;
import uk.evidencemap.analysis.NodeFigures;

/**
 * The network tab of the analysis page: each person, organisation and intervention with its network
 * figures (what each means, in a paragraph above the grid), and the figures of the whole network.
 */
final class NetworkTab extends VerticalLayout {

    /** What each column means for a person in a local evidence system, shown above the grid. */
    static final String MEANINGS = String.join(" ", Explanations.NODE_FIGURES);

    final Paragraph meanings = new Paragraph(MEANINGS);
    final TextField filter = new TextField();
    final Grid<NodeFigures> nodes = new Grid<>(NodeFigures.class, false);
    final DescriptionList network = new DescriptionList();
    /** What the figures of the whole network mean. */
    final UnorderedList wholeMeanings = new UnorderedList();

    private ListDataProvider<NodeFigures> data;

    /** @param areaId the area shown, once the page has been entered */
    NetworkTab(Supplier<String> areaId) {
        filter.setAriaLabel("Filter by name, type or community");
        filter.setPlaceholder("Filter by name, type or community");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setWidth("22rem");
        filter.addValueChangeListener(e -> applyFilter());
        nodes.setAriaLabel("Network figures of people, organisations and interventions");
        nodes.addColumn(f -> f.node().name())
                .setHeader("Name")
                .setSortable(true)
                .setComparator(Comparator.comparing((NodeFigures f) -> f.node().name(), String.CASE_INSENSITIVE_ORDER))
                .setFlexGrow(2);
        nodes.addColumn(f -> f.node().type())
                .setHeader("Type")
                .setSortable(true)
                .setAutoWidth(true);
        figure("Degree", NodeFigures::degree);
        figure("Closeness", NodeFigures::closeness);
        figure("Eigenvector", NodeFigures::eigenvector);
        figure("Betweenness", NodeFigures::betweenness);
        whole("2-step reach", NodeFigures::reach);
        whole("Community", NodeFigures::community);
        nodes.addComponentColumn(f -> AnalysisView.mapLink(
                        AnalysisView.showLink(areaId.get(), f.node()), f.node().name()))
                .setHeader("Map")
                .setAutoWidth(true)
                .setFlexGrow(0);
        nodes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        nodes.setMinHeight("22rem");
        setPadding(false);
        setSizeFull();
        add(meanings, filter, nodes);
        setFlexGrow(1, nodes);
        Explanations.NETWORK_FIGURES.forEach(meaning -> wholeMeanings.add(new ListItem(meaning)));
        wholeMeanings.addClassName("figure-meanings");
        add(new H3("The whole network"), wholeMeanings, network);
    }

    private void figure(String header, ToDoubleFunction<NodeFigures> value) {
        nodes.addColumn(f -> String.format(Locale.ROOT, "%.3f", value.applyAsDouble(f)))
                .setHeader(header)
                .setSortable(true)
                .setComparator(Comparator.comparingDouble(value))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private void whole(String header, Function<NodeFigures, Integer> value) {
        nodes.addColumn(value::apply)
                .setHeader(header)
                .setSortable(true)
                .setComparator(Comparator.comparing(value))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    void show(NetworkReport report) {
        data = new ListDataProvider<>(report.nodes());
        nodes.setDataProvider(data);
        applyFilter();
        NetworkFigures figures = report.network();
        network.removeAll();
        define("People, organisations and interventions", String.valueOf(figures.nodes()));
        define("Relationships between them", String.valueOf(figures.relationships()));
        define("Density (share of possible relationships present)", decimal(figures.density()));
        define("Separate parts", String.valueOf(figures.components()));
        define(
                "Diameter (longest shortest route in the largest part, in steps)",
                figures.diameter() == null ? "none" : String.valueOf(figures.diameter()));
        define(
                "Average shortest route in the largest part, in steps",
                figures.averagePathLength() == null ? "none" : decimal(figures.averagePathLength()));
        define("Communities (Leiden)", String.valueOf(figures.communities()));
        define(
                "Modularity (how clearly the map splits into them, up to 1)",
                figures.modularity() == null ? "none (no relationships)" : decimal(figures.modularity()));
    }

    private void define(String term, String description) {
        network.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Shows the nodes whose name or type contains the filter's text, or whose community is its number. */
    void applyFilter() {
        if (data == null) {
            return;
        }
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        String number = text.startsWith("community")
                ? text.substring("community".length()).strip()
                : text;
        data.setFilter(f -> text.isEmpty()
                || f.node().name().toLowerCase(Locale.ROOT).contains(text)
                || f.node().type().toLowerCase(Locale.ROOT).contains(text)
                || String.valueOf(f.community()).equals(number));
    }
}

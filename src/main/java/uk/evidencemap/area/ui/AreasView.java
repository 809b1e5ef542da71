package uk.evidencemap.area.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.AreaSummary;

/** The start page: the areas the user may see, with the size of each map. */
@Route("")
@PermitAll
@PageTitle("Areas | Evidence Map")
public class AreasView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<AreaSummary> grid = new Grid<>(AreaSummary.class, false);
    private final AreaService areas;
    /** The area of the row whose cell has the keyboard focus, if any. */
    private AreaSummary focused;

    public AreasView(AreaService areas) {
        this.areas = areas;
        setSizeFull();
        add(
                new H2("Areas"),
                new Paragraph("Each area is one local authority's evidence system: the people,"
                        + " organisations, interventions, needs, barriers, enablers and evidence in it. You see the areas"
                        + " you are a member of (administrators and researchers see all). Choose an area to open its map."
                        + " Nodes are the area's own; the shared catalogue programmes its map uses are counted"
                        + " apart, as on every page."));

        grid.addColumn(AreaSummary::name).setHeader("Area").setSortable(true).setFlexGrow(2);
        grid.addColumn(AreaSummary::onsCode).setHeader("ONS code").setSortable(true);
        grid.addColumn(AreaSummary::region)
                .setHeader("Region")
                .setSortable(true)
                .setFlexGrow(2);
        // counted as everywhere else (MapSize): the area's own nodes, the shared catalogue programmes apart
        grid.addColumn(a -> a.size().describeNodes())
                .setHeader("Nodes")
                .setSortable(true)
                .setComparator(AreaSummary::nodeCount)
                .setAutoWidth(true);
        grid.addColumn(AreaSummary::relationshipCount)
                .setHeader("Relationships")
                .setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Areas");
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.addItemDoubleClickListener(event -> open(event.getItem()));
        // Enter on a focused row opens it, as Space and a click do, so the list works from the keyboard. The
        // row is the one whose cell has the focus (Enter does not select it first).
        grid.addCellFocusListener(event -> focused = event.getItem().orElse(null));
        grid.getElement()
                .addEventListener("keydown", e -> {
                    if (focused != null) {
                        open(focused);
                    }
                })
                .setFilter("event.key === 'Enter'");
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        addAndExpand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(areas.list());
    }

    private void open(AreaSummary area) {
        getUI().ifPresent(ui -> ui.navigate(AreaNavigation.nodes(area.id())));
    }
}

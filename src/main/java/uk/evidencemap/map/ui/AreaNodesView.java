package uk.evidencemap.map.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.evidencemap.security.AreaAccess;

import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.ui.AreaPages;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.PropertyDisplay;
import uk.evidencemap.map.PropertySpec;

/**
 * The table view of an area's map: one sortable, filterable grid per node type, and one of
 * relationships.
 */
@Route("areas/:areaId/nodes")
@PermitAll
public class AreaNodesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AreaService areas;
    private final MapService map;
    private final AreaAccess access;
    private final H2 heading = new H2();
    private final Paragraph summary = new Paragraph();
    final TabSheet tabs = new TabSheet();
    private Area area;

    public AreaNodesView(AreaService areas, MapService map, AreaAccess access) {
        this.areas = areas;
        this.map = map;
        this.access = access;
        setSizeFull();
        tabs.setSizeFull();
        add(heading, summary);
        addAndExpand(tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = AreaPages.enter(event, access, areas);
        if (found.isEmpty()) {
            return;
        }
        area = found.get();
        show(map.graph(area.id()));
    }

    @Override
    public String getPageTitle() {
        return (area == null ? "Area" : area.name()) + ": nodes | Evidence Map";
    }

    private void show(AreaGraph graph) {
        heading.setText(area.name());
        long programmes = graph.nodes().stream().filter(n -> n.type() == NodeType.PROGRAMME).count();
        summary.setText((graph.nodes().size() - programmes) + " nodes and " + graph.relationships().size()
                + " relationships, using " + programmes + " catalogue programmes"
                + (area.onsCode() == null ? "" : " · ONS code " + area.onsCode())
                + (area.region() == null ? "" : " · " + area.region()));
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        Map<NodeType, List<MapNode>> byType = graph.nodes().stream()
                .collect(Collectors.groupingBy(MapNode::type));
        for (NodeType type : NodeType.values()) {
            List<MapNode> nodes = byType.getOrDefault(type, List.of());
            tabs.add(type.plural() + " (" + nodes.size() + ")", nodeTable(type, nodes));
        }
        Map<String, MapNode> byId = graph.nodes().stream().collect(Collectors.toMap(MapNode::id, Function.identity()));
        tabs.add("Relationships (" + graph.relationships().size() + ")",
                relationshipTable(graph.relationships(), byId));
    }

    private VerticalLayout nodeTable(NodeType type, List<MapNode> nodes) {
        Grid<MapNode> grid = new Grid<>(MapNode.class, false);
        grid.setAriaLabel(type.plural());
        grid.addColumn(MapNode::name).setHeader("Name").setSortable(true).setFlexGrow(3)
                .setComparator(Comparator.comparing(MapNode::name, String.CASE_INSENSITIVE_ORDER))
                .setKey("name");
        for (PropertySpec spec : type.properties()) {
            if (spec.kind() == PropertySpec.Kind.LONG_TEXT || spec.kind() == PropertySpec.Kind.BOOLEAN) {
                continue;
            }
            grid.addColumn(node -> PropertyDisplay.value(node, spec)).setHeader(spec.label())
                    .setSortable(true).setKey(spec.key()).setResizable(true).setAutoWidth(true)
                    .setComparator(comparatorFor(spec));
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        ListDataProvider<MapNode> data = new ListDataProvider<>(nodes);
        grid.setDataProvider(data);
        TextField filter = filterField("Filter " + type.plural().toLowerCase(Locale.ROOT));
        filter.addValueChangeListener(e -> data.setFilter(node -> matches(node, type, e.getValue())));
        VerticalLayout layout = new VerticalLayout(filter, grid);
        layout.setPadding(false);
        layout.setSizeFull();
        layout.setFlexGrow(1, grid);
        return layout;
    }

    private VerticalLayout relationshipTable(List<MapRelationship> relationships, Map<String, MapNode> byId) {
        Grid<MapRelationship> grid = new Grid<>(MapRelationship.class, false);
        grid.setAriaLabel("Relationships");
        Function<String, String> name = id -> byId.containsKey(id) ? byId.get(id).name() : id;
        Function<String, String> type = id -> byId.containsKey(id) ? byId.get(id).type().label() : "";
        grid.addColumn(r -> name.apply(r.from())).setHeader("From").setSortable(true).setFlexGrow(3);
        grid.addColumn(r -> type.apply(r.from())).setHeader("From type").setSortable(true);
        grid.addColumn(r -> r.type().verb()).setHeader("Relationship").setSortable(true);
        grid.addColumn(r -> name.apply(r.to())).setHeader("To").setSortable(true).setFlexGrow(3);
        grid.addColumn(r -> type.apply(r.to())).setHeader("To type").setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        ListDataProvider<MapRelationship> data = new ListDataProvider<>(relationships);
        grid.setDataProvider(data);
        TextField filter = filterField("Filter relationships");
        filter.addValueChangeListener(e -> {
            String q = e.getValue().strip().toLowerCase(Locale.ROOT);
            data.setFilter(r -> q.isEmpty() || (name.apply(r.from()) + " " + r.type().verb() + " "
                    + name.apply(r.to()) + " " + r.type().name()).toLowerCase(Locale.ROOT).contains(q));
        });
        VerticalLayout layout = new VerticalLayout(filter, grid);
        layout.setPadding(false);
        layout.setSizeFull();
        layout.setFlexGrow(1, grid);
        return layout;
    }

    private static TextField filterField(String label) {
        TextField filter = new TextField();
        filter.setAriaLabel(label);
        filter.setPlaceholder(label);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setWidth("min(100%, 24rem)");
        return filter;
    }

    private static boolean matches(MapNode node, NodeType type, String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        StringBuilder text = new StringBuilder(node.name());
        type.properties().forEach(spec -> text.append(' ').append(PropertyDisplay.value(node, spec)));
        return text.toString().toLowerCase(Locale.ROOT).contains(q);
    }

    private static Comparator<MapNode> comparatorFor(PropertySpec spec) {
        if (spec.kind() == PropertySpec.Kind.INTEGER) {
            return Comparator.comparing(n -> n.property(spec.key()) instanceof Number v ? v.longValue() : Long.MIN_VALUE);
        }
        if (spec.kind() == PropertySpec.Kind.ENUMERATION) {
            // Codes sort in the enumeration's own order (stages in sequence, ratings strongest first).
            List<String> order = spec.allowedCodes();
            return Comparator.comparing(n -> order.indexOf(String.valueOf(n.property(spec.key()))));
        }
        return Comparator.comparing(n -> PropertyDisplay.value(n, spec), String.CASE_INSENSITIVE_ORDER);
    }
}

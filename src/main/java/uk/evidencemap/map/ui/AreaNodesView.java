package uk.evidencemap.map.ui;

import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.MapSize;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.area.ui.OpenArea;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.changelog.ui.Live;
import uk.evidencemap.collaboration.ui.Presence;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.PropertyDisplay;
import uk.evidencemap.map.PropertySpec;
import uk.evidencemap.security.AccountService;
import uk.evidencemap.security.AreaAccess;

/**
 * The table view of an area's map: one sortable, filterable grid per node type, and one of
 * relationships. For editors it is also the keyboard route to building the map: add, edit,
 * connect and delete from each row, in forms fitted to each type.
 */
@Route(AreaNavigation.NODES)
@PermitAll
class AreaNodesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MapService map;
    private final AreaAccess access;
    private final Paragraph summary = new Paragraph();
    final TabSheet tabs = new TabSheet();
    private Area area;
    private AreaGraph graph;
    private boolean editable;
    /** The open add/edit dialog, if any: for tests. */
    Dialog dialog;

    ConnectDialog connectDialog;
    /** A node to select when the page opens ({@code ?select=id}, from the map). */
    private String toSelect;

    private final HistoryService history;
    private final AccountService account;
    UserInfo me;

    private NodeEditor editor;

    /**
     * Where the keyboard focus goes once the tables are rebuilt after a change made from a dialog:
     * the button of this action on this node's row (the row created, edited or connected), or, with
     * no node, the table of this type (after a delete; null type: the relationships table). Without
     * it the focus falls to the start of the page, the button that opened the dialog being gone.
     */
    private record FocusAfter(String nodeId, String action, NodeType table) {}

    private FocusAfter focusAfter;
    private final Map<NodeType, Grid<MapNode>> grids = new EnumMap<>(NodeType.class);
    private Grid<MapRelationship> relationshipGrid;

    AreaNodesView(MapService map, AreaAccess access, HistoryService history, AccountService account) {
        this.map = map;
        this.access = access;
        this.history = history;
        this.account = account;
        setSizeFull();
        tabs.setSizeFull();
        FocusKeeper.keepFocusIn(tabs);
        add(summary);
        addAndExpand(tabs);
    }

    /** A change by anyone, anywhere: the tables are read again, and an open editor is told. */
    void changed(Change change) {
        if (!change.action().changesMap()) {
            return;
        }
        refresh();
        if (editor != null && dialog != null && dialog.isOpened()) {
            editor.changedElsewhere(change, change.user());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = OpenArea.of(event);
        if (found.isEmpty()) {
            return;
        }
        area = found.get();
        editable = access.canEdit(area.id());
        toSelect = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("select")
                .orElse(null);
        me = Presence.user(account.whoAmI());
        show(map.graph(area.id()));
        Live.follow(this, history, area.id(), this::changed);
    }

    /** Reads the map again after a change, staying on the same tab. */
    private void refresh() {
        int tab = tabs.getSelectedIndex();
        show(map.graph(area.id()));
        tabs.setSelectedIndex(Math.max(0, tab));
        if (focusAfter != null && focusAfter.nodeId() == null) {
            Grid<?> table = focusAfter.table() == null ? relationshipGrid : grids.get(focusAfter.table());
            focusAfter = null;
            if (table != null) {
                table.focus();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return (area == null ? "Area" : area.name()) + ": nodes | Evidence Map";
    }

    private void show(AreaGraph graph) {
        this.graph = graph;
        summary.setText(MapSize.of(
                                graph.nodes(),
                                n -> n.type() == NodeType.PROGRAMME,
                                graph.relationships().size())
                        .describe()
                + (area.onsCode() == null ? "" : " · ONS code " + area.onsCode())
                + (area.region() == null ? "" : " · " + area.region()));
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        Map<NodeType, List<MapNode>> byType = graph.nodes().stream().collect(Collectors.groupingBy(MapNode::type));
        for (NodeType type : NodeType.values()) {
            List<MapNode> nodes = byType.getOrDefault(type, List.of());
            tabs.add(type.plural() + " (" + nodes.size() + ")", nodeTable(type, nodes));
            if (toSelect != null && nodes.stream().anyMatch(n -> n.id().equals(toSelect))) {
                tabs.setSelectedIndex(tabs.getTabCount() - 1);
            }
        }
        Map<String, MapNode> byId = graph.nodes().stream().collect(Collectors.toMap(MapNode::id, Function.identity()));
        tabs.add(
                "Relationships (" + graph.relationships().size() + ")", relationshipTable(graph.relationships(), byId));
    }

    private VerticalLayout nodeTable(NodeType type, List<MapNode> nodes) {
        Grid<MapNode> grid = new Grid<>(MapNode.class, false);
        grids.put(type, grid);
        grid.setAriaLabel(type.plural());
        // the name carries the answer: a readable basis, the most of the spare width, wrapped rather than cut
        grid.addColumn(MapNode::name)
                .setHeader("Name")
                .setSortable(true)
                .setWidth("14rem")
                .setFlexGrow(3)
                .setComparator(Comparator.comparing(MapNode::name, String.CASE_INSENSITIVE_ORDER))
                .setKey("name");
        for (PropertySpec spec : type.properties()) {
            if (spec.kind() == PropertySpec.Kind.LONG_TEXT || spec.kind() == PropertySpec.Kind.BOOLEAN) {
                continue;
            }
            grid.addColumn(node -> PropertyDisplay.value(node, spec))
                    .setHeader(spec.label())
                    .setSortable(true)
                    .setKey(spec.key())
                    .setResizable(true)
                    .setAutoWidth(true)
                    .setComparator(comparatorFor(spec));
        }
        grid.addComponentColumn(node -> actions(node))
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("actions");
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        ListDataProvider<MapNode> data = new ListDataProvider<>(nodes);
        grid.setDataProvider(data);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        nodes.stream().filter(n -> n.id().equals(toSelect)).findFirst().ifPresent(n -> {
            grid.select(n);
            grid.scrollToItem(n);
        });
        TextField filter = filterField("Filter " + type.plural().toLowerCase(Locale.ROOT));
        filter.addValueChangeListener(e -> data.setFilter(node -> matches(node, type, e.getValue())));
        HorizontalLayout bar = new HorizontalLayout(filter);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (editable && type != NodeType.PROGRAMME) {
            Button add = new Button("Add " + type.label().toLowerCase(Locale.ROOT), e -> openEditor(type, null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }
        VerticalLayout layout = new VerticalLayout(bar, grid);
        layout.setPadding(false);
        layout.setSizeFull();
        layout.setFlexGrow(1, grid);
        return layout;
    }

    /** The actions on a node: show it on the map; for editors edit, connect and delete (not catalogue programmes). */
    private Component actions(MapNode node) {
        // apart on screen, and a named group of separately named controls for a screen reader
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        actions.getElement().setAttribute("role", "group");
        actions.getElement().setAttribute("aria-label", "Actions on " + node.name());
        Anchor onMap = new Anchor(AreaNavigation.mapSelecting(area.id(), node.id()), "Map");
        onMap.getElement().setAttribute("aria-label", "Show " + node.name() + " on the map");
        actions.add(onMap);
        if (editable && node.areaId() != null) {
            actions.add(
                    action("Edit", node, () -> openEditor(node.type(), node)),
                    action("Connect", node, () -> openConnect(node)),
                    action("Delete", node, () -> confirmDelete(node)));
        }
        return actions;
    }

    private Button action(String label, MapNode node, Runnable run) {
        Button button = new Button(label, e -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", label + " " + node.name());
        if (focusAfter != null && node.id().equals(focusAfter.nodeId()) && label.equals(focusAfter.action())) {
            focusAfter = null;
            button.focus();
        }
        return button;
    }

    void openEditor(NodeType type, MapNode existing) {
        dialog = new Dialog();
        dialog.setWidth("min(48rem, 95vw)");
        editor = new NodeEditor(
                map,
                area.id(),
                type,
                existing,
                me,
                saved -> {
                    dialog.close();
                    Notification.show(
                            (existing == null ? "Added '" : "Saved '") + saved.name() + "'",
                            3000,
                            Notification.Position.BOTTOM_START);
                    toSelect = saved.id();
                    focusAfter = new FocusAfter(saved.id(), "Edit", type);
                    refresh();
                },
                () -> dialog.close());
        dialog.add(editor);
        DialogFocus.onFirstField(dialog).open();
    }

    void openConnect(MapNode node) {
        connectDialog = new ConnectDialog(map, area.id(), node, graph.nodes(), null, null, () -> {
            toSelect = node.id();
            focusAfter = new FocusAfter(node.id(), "Connect", node.type());
            refresh();
        });
        connectDialog.open();
    }

    void confirmDelete(MapNode node) {
        Confirmations.deleteNode(map, graph, node, () -> {
            focusAfter = new FocusAfter(null, null, node.type());
            refresh();
        });
    }

    private VerticalLayout relationshipTable(List<MapRelationship> relationships, Map<String, MapNode> byId) {
        Grid<MapRelationship> grid = new Grid<>(MapRelationship.class, false);
        relationshipGrid = grid;
        grid.setAriaLabel("Relationships");
        Function<String, String> name =
                id -> byId.containsKey(id) ? byId.get(id).name() : id;
        Function<String, String> type =
                id -> byId.containsKey(id) ? byId.get(id).type().label() : "";
        grid.addColumn(r -> name.apply(r.from()))
                .setHeader("From")
                .setSortable(true)
                .setWidth("12rem")
                .setFlexGrow(3);
        grid.addColumn(r -> type.apply(r.from())).setHeader("From type").setSortable(true);
        grid.addColumn(r -> r.type().verb()).setHeader("Relationship").setSortable(true);
        grid.addColumn(r -> name.apply(r.to()))
                .setHeader("To")
                .setSortable(true)
                .setWidth("12rem")
                .setFlexGrow(3);
        grid.addColumn(r -> type.apply(r.to())).setHeader("To type").setSortable(true);
        if (editable) {
            grid.addComponentColumn(r -> {
                        String sentence = name.apply(r.from()) + " " + r.type().verb() + " " + name.apply(r.to());
                        Button remove = new Button(
                                "Remove",
                                e -> Confirmations.removeRelationship(map, area.id(), r, sentence, () -> {
                                    focusAfter = new FocusAfter(null, null, null);
                                    refresh();
                                }));
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                        remove.getElement().setAttribute("aria-label", "Remove: " + sentence);
                        return remove;
                    })
                    .setHeader("Actions")
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setKey("actions");
        }
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        ListDataProvider<MapRelationship> data = new ListDataProvider<>(relationships);
        grid.setDataProvider(data);
        TextField filter = filterField("Filter relationships");
        filter.addValueChangeListener(e -> {
            String q = e.getValue().strip().toLowerCase(Locale.ROOT);
            data.setFilter(r -> q.isEmpty()
                    || (name.apply(r.from()) + " " + r.type().verb() + " " + name.apply(r.to()) + " "
                                    + r.type().name())
                            .toLowerCase(Locale.ROOT)
                            .contains(q));
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
            return Comparator.comparing(
                    n -> n.property(spec.key()) instanceof Number v ? v.longValue() : Long.MIN_VALUE);
        }
        if (spec.kind() == PropertySpec.Kind.ENUMERATION) {
            // Codes sort in the enumeration's own order (stages in sequence, ratings strongest first).
            List<String> order = spec.allowedCodes();
            return Comparator.comparing(n -> order.indexOf(String.valueOf(n.property(spec.key()))));
        }
        return Comparator.comparing(n -> PropertyDisplay.value(n, spec), String.CASE_INSENSITIVE_ORDER);
    }
}

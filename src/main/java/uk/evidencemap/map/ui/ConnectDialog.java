package uk.evidencemap.map.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.RelationshipDraft;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.Polarity;

/**
 * Connects a node to another: pick the other node (typed name search, or a tap on the canvas
 * before the dialog opens), then one of only the relationships the model allows between the
 * two, in either direction, each written as a sentence ("Hannah Okafor champions EPEC groups").
 */
class ConnectDialog extends Dialog {

    /** One relationship that may be made: its type and which way it runs. */
    record Option(RelationshipType type, MapNode from, MapNode to) {

        String sentence() {
            return from.name() + " " + type.verb() + " " + to.name();
        }
    }

    final ComboBox<MapNode> other = new ComboBox<>("Connect to");
    final Select<Option> how = new Select<>();
    final Select<Polarity> polarity = new Select<>();
    final Checkbox delay = new Checkbox("Acts with a delay");
    final TextField note = new TextField("Note (optional)");
    final Div problems = new Div();
    final Button connect = new Button("Connect");
    private final MapNode source;
    private final RelationshipType only;

    ConnectDialog(
            MapService map,
            String areaId,
            MapNode source,
            List<MapNode> nodes,
            MapNode target,
            RelationshipType only,
            Runnable connected) {
        this.source = source;
        this.only = only;
        setHeaderTitle(
                only == null
                        ? "Connect " + source.name()
                        : only == RelationshipType.BLOCKS
                                ? "What does " + source.name() + " block?"
                                : only == RelationshipType.MITIGATES
                                        ? "Which barrier does " + source.name() + " mitigate?"
                                        : "Connect " + source.name());
        other.setItems(nodes.stream()
                .filter(n -> !n.id().equals(source.id()))
                .filter(n -> !options(n).isEmpty())
                .sorted(Comparator.comparing(MapNode::name, String.CASE_INSENSITIVE_ORDER))
                .toList());
        other.setItemLabelGenerator(n -> n.name() + " (" + n.type().label() + ")");
        other.setWidthFull();
        other.setRequiredIndicatorVisible(true);
        other.addValueChangeListener(e -> {
            List<Option> options = e.getValue() == null ? List.of() : options(e.getValue());
            how.setItems(options);
            how.setValue(preselected(options));
            how.setEnabled(!options.isEmpty());
        });
        how.setLabel("Relationship");
        how.setItemLabelGenerator(Option::sentence);
        how.addValueChangeListener(e -> showInfluence(e.getValue()));
        polarity.setLabel("Polarity: more of one leads to");
        polarity.setItems(Polarity.values());
        polarity.setItemLabelGenerator(p -> switch (p) {
            case SAME -> "more of the other (+)";
            case OPPOSITE -> "less of the other (−)";
            case UNKNOWN -> "not known (?)";
        });
        polarity.setValue(Polarity.UNKNOWN);
        polarity.setWidthFull();
        note.setWidthFull();
        showInfluence(null);
        how.setWidthFull();
        how.setEnabled(false);
        how.setRequiredIndicatorVisible(true);
        problems.getElement().setAttribute("role", "alert");
        problems.addClassName("form-problems");
        problems.setVisible(false);
        connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        connect.addClickListener(e -> {
            Option option = how.getValue();
            if (other.getValue() == null || option == null) {
                show(List.of(new Violation(other.getValue() == null ? "to" : "type", "choose one")));
                return;
            }
            try {
                map.createRelationship(
                        areaId,
                        new RelationshipDraft(
                                option.type(), option.from().id(), option.to().id(), properties(option)));
                close();
                connected.run();
            } catch (ValidationException problem) {
                show(problem.violations());
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        VerticalLayout body = new VerticalLayout(
                new Paragraph("Only the relationships the model allows between the" + " two are offered."),
                problems,
                other,
                how,
                polarity,
                delay,
                note);
        body.setPadding(false);
        body.setWidth("30rem");
        add(body);
        getFooter().add(cancel, connect);
        if (target != null) {
            other.setValue(target);
        }
        DialogFocus.onFirstField(this);
    }

    /** Every relationship the model allows between the source and this node, either way. */
    List<Option> options(MapNode node) {
        List<Option> options = new ArrayList<>();
        for (RelationshipType type : RelationshipType.between(source.type(), node.type())) {
            options.add(new Option(type, source, node));
        }
        for (RelationshipType type : RelationshipType.between(node.type(), source.type())) {
            if (!(type.undirected() && node.type() == source.type())) {
                options.add(new Option(type, node, source));
            }
        }
        return options.stream()
                .filter(o -> only == null || o.type() == only)
                .distinct()
                .toList();
    }

    /**
     * The relationship chosen for the person when there is no real choice: the only one allowed,
     * or the only one besides an influence (a barrier blocks an intervention, though it may also be
     * said to influence it); none when several specific relationships fit.
     */
    static Option preselected(List<Option> options) {
        if (options.size() == 1) {
            return options.getFirst();
        }
        List<Option> specific = options.stream()
                .filter(o -> o.type() != RelationshipType.INFLUENCES)
                .toList();
        return specific.size() == 1 ? specific.getFirst() : null;
    }

    /** Polarity and delay are asked only for an influence. */
    private void showInfluence(Option option) {
        boolean influence = option != null && option.type() == RelationshipType.INFLUENCES;
        polarity.setVisible(influence);
        delay.setVisible(influence);
    }

    /** What the form says of the relationship: the note, and an influence's polarity and delay. */
    Map<String, Object> properties(Option option) {
        Map<String, Object> properties = new HashMap<>();
        if (!note.getValue().isBlank()) {
            properties.put("note", note.getValue());
        }
        if (option.type() == RelationshipType.INFLUENCES) {
            properties.put("polarity", (polarity.getValue() == null ? Polarity.UNKNOWN : polarity.getValue()).code());
            if (delay.getValue()) {
                properties.put("delay", true);
            }
        }
        return properties;
    }

    private void show(List<Violation> violations) {
        problems.setText("Not connected: "
                + violations.stream()
                        .map(v -> ("type".equals(v.field())
                                        ? "relationship"
                                        : "to".equals(v.field()) ? "the other node" : v.field())
                                + " " + v.message())
                        .collect(Collectors.joining("; "))
                + ".");
        problems.setVisible(true);
    }
}

package uk.evidencemap.map.ui;

import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.VersionConflictException;
import uk.evidencemap.base.Violation;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.ui.Live;
import uk.evidencemap.collaboration.ui.FieldPresence;
import uk.evidencemap.collaboration.ui.Presence;
import uk.evidencemap.map.EditConflictException;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeChange;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.PropertySpec;
import uk.evidencemap.map.RelationshipType;

/**
 * Adds or edits one node: the type's form, Save and Cancel, and the service's answer. Problems
 * are shown on the fields they name and summarised in an alert. Several people may edit the same
 * node: each sees who else is in the form and in which field, hears at once when someone else
 * saves or deletes it, and on saving gets the others' changes merged in; only a field both
 * changed is put to the person saving second, who chooses. Every save is one service call.
 */
class NodeEditor extends VerticalLayout {

    final NodeForm form;
    final Div problems = new Div();
    final Div notice = new Div();
    final Div conflicts = new Div();
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    /**
     * For a new barrier, what it blocks; for a new enabler, the barriers it mitigates (null for
     * anything else): saved with the node in one transaction.
     */
    final MultiSelectComboBox<MapNode> links;

    /** The relationship {@link #links} makes from the new node, or null. */
    final RelationshipType linkType;

    /** The choices for fields both people changed, while a conflict is open: field to "mine"/"theirs". */
    final Map<String, RadioButtonGroup<String>> choices = new LinkedHashMap<>();

    private final MapService map;
    private final String areaId;
    private final MapNode existing;
    /** The values the form started from: what "changed by me" and "changed by them" are measured against. */
    private Map<String, Object> base;

    private long baseVersion;
    /** A name the person was told is taken and chose to keep: the next save adds the node all the same. */
    private String duplicateAccepted;

    NodeEditor(
            MapService map,
            String areaId,
            NodeType type,
            MapNode existing,
            UserInfo user,
            Consumer<MapNode> saved,
            Runnable cancelled) {
        this.map = map;
        this.areaId = areaId;
        this.existing = existing;
        this.form = new NodeForm(type, existing);
        this.linkType = existing != null
                ? null
                : type == NodeType.BARRIER
                        ? RelationshipType.BLOCKS
                        : type == NodeType.ENABLER ? RelationshipType.MITIGATES : null;
        this.links = linkType == null ? null : links(map, areaId, linkType);
        if (links != null) {
            form.add(links, 2);
        }
        setPadding(false);
        problems.getElement().setAttribute("role", "alert");
        problems.addClassName("form-problems");
        problems.setVisible(false);
        notice.getElement().setAttribute("role", "status");
        notice.addClassName("map-highlight");
        notice.setVisible(false);
        conflicts.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(form);
        save.addClickListener(e -> save().ifPresent(saved));
        cancel.addClickListener(e -> cancelled.run());
        cancel.addClickShortcut(Key.ESCAPE).listenOn(form);
        H3 title =
                new H3(existing == null ? "New " + type.label().toLowerCase(Locale.ROOT) : "Edit " + existing.name());
        add(title);
        if (existing != null) {
            base = new HashMap<>(form.values());
            base.put("name", existing.name());
            baseVersion = existing.version();
            if (user != null) {
                add(Presence.onNode(user, areaId, existing.id()));
                Map<String, Component> fields = new LinkedHashMap<>();
                fields.put("name", form.name);
                form.fields.forEach((key, field) -> fields.put(key, (Component) field));
                FieldPresence.attach(form, user, Presence.nodeTopic(areaId, existing.id()), fields);
            }
        }
        add(notice, problems, conflicts, form, new HorizontalLayout(save, cancel));
        form.name.focus();
    }

    /** Someone changed or deleted this node while the form is open: say so, and stop saving a deleted node. */
    void changedElsewhere(Change change, String who) {
        // this person's own save from this form closes it, so any change heard here came from elsewhere
        // (someone else, or the same person in another tab or through the API)
        if (existing == null || !existing.id().equals(change.subjectId())) {
            return;
        }
        String when = Live.TIME.format(change.at());
        if (change.action() == ChangeAction.NODE_DELETED) {
            notice.setText(who + " deleted '" + existing.name() + "' at " + when + " while you were editing it."
                    + " It can no longer be saved; it can be restored from the map or the activity page.");
            save.setEnabled(false);
        } else if (change.action() == ChangeAction.NODE_UPDATED || change.action() == ChangeAction.NODE_CREATED) {
            notice.setText(who + " saved changes to '" + existing.name() + "' at " + when + ". When you save, their"
                    + " changes and yours are merged; if you both changed the same field you will choose.");
            save.setEnabled(true);
        } else {
            return;
        }
        notice.setVisible(true);
    }

    /**
     * Whether the area already has a node of this type with this name (ignoring case and outer
     * spaces) that the person has not yet been told of; if so, says so on the form and saving once
     * more adds the node all the same (two people may share a name).
     */
    private boolean warnOfSameName(String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty() || wanted.equalsIgnoreCase(duplicateAccepted)) {
            return false;
        }
        long same = map.nodes(areaId, form.type).stream()
                .filter(n -> n.name().strip().equalsIgnoreCase(wanted))
                .count();
        if (same == 0) {
            return false;
        }
        duplicateAccepted = wanted;
        String type = form.type.label();
        String article = "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ";
        notice.setText((same == 1 ? "There is already " + article : "There are already " + same + " nodes of type ")
                + type + " named '" + wanted
                + "' in this area. Save again to add another one (say what tells them apart, such as"
                + " their role or organisation), or change the name.");
        notice.setVisible(true);
        return true;
    }

    /** Saves what the form holds; on a problem, shows it and returns empty. */
    Optional<MapNode> save() {
        form.clearErrors();
        if (links != null) {
            links.setInvalid(false);
        }
        problems.setVisible(false);
        try {
            Map<String, Object> values = form.values();
            if (existing == null) {
                Map<String, Object> given = new HashMap<>();
                values.forEach((k, v) -> {
                    if (v != null) {
                        given.put(k, v);
                    }
                });
                if (warnOfSameName(form.nameValue())) {
                    return Optional.empty();
                }
                NodeDraft draft = new NodeDraft(form.type, form.nameValue(), given);
                if (links != null && !links.getValue().isEmpty()) {
                    return Optional.of(map.createNode(
                            areaId,
                            draft,
                            linkType,
                            links.getValue().stream().map(MapNode::id).toList()));
                }
                return Optional.of(map.createNode(areaId, draft));
            }
            Map<String, Object> changed = new HashMap<>();
            values.forEach((k, v) -> {
                if (!Objects.equals(MapNode.comparable(base.get(k)), MapNode.comparable(v))) {
                    changed.put(k, v);
                }
            });
            choices.forEach((field, choice) -> {
                if ("theirs".equals(choice.getValue())) {
                    changed.remove(field);
                }
            });
            String name = Objects.equals(MapNode.comparable(base.get("name")), MapNode.comparable(form.nameValue()))
                            || "theirs"
                                    .equals(Optional.ofNullable(choices.get("name"))
                                            .map(RadioButtonGroup::getValue)
                                            .orElse(null))
                    ? null
                    : form.nameValue();
            MapNode saved = map.updateNode(areaId, existing.id(), new NodeChange(name, changed, baseVersion, base));
            choices.clear();
            conflicts.setVisible(false);
            return Optional.of(saved);
        } catch (ValidationException e) {
            form.show(e.violations());
            if (links != null) {
                String field = linkType.name().toLowerCase(Locale.ROOT);
                e.violations().stream()
                        .filter(v -> field.equals(v.field()))
                        .findFirst()
                        .ifPresent(v -> {
                            links.setErrorMessage(v.message());
                            links.setInvalid(true);
                        });
            }
            problems.setText("Not saved: "
                    + e.violations().stream()
                            .map(v -> label(v) + " " + v.message())
                            .collect(Collectors.joining("; ")) + ".");
            problems.setVisible(true);
        } catch (EditConflictException e) {
            showConflicts(e);
        } catch (VersionConflictException | NotFoundException e) {
            problems.setText("Not saved: " + e.getMessage() + ".");
            problems.setVisible(true);
        }
        return Optional.empty();
    }

    /**
     * Both people changed the same fields: show each with the saved value and this person's, and
     * let them choose. Everything else they changed stays in the form and is merged on saving.
     */
    private void showConflicts(EditConflictException e) {
        MapNode current = e.current();
        // what this person changed is still measured against what they started from; the saved
        // version is now the one they have seen
        baseVersion = current.version();
        choices.clear();
        conflicts.removeAll();
        Paragraph intro = new Paragraph(e.changedBy() + " saved '" + current.name() + "' while you were editing it,"
                + " and you both changed "
                + (e.conflicts().size() == 1 ? "one field" : e.conflicts().size() + " fields")
                + ". Choose which value to keep for each, then save again. Your other changes are kept.");
        intro.getElement().setAttribute("role", "alert");
        conflicts.add(intro);
        for (EditConflictException.FieldConflict conflict : e.conflicts()) {
            RadioButtonGroup<String> choice = new RadioButtonGroup<>(fieldLabel(conflict.field()));
            choice.setItems("theirs", "mine");
            choice.setItemLabelGenerator(option -> "theirs".equals(option)
                    ? "Keep " + e.changedBy() + "'s: " + shown(conflict.theirs())
                    : "Use mine: " + shown(conflict.yours()));
            choice.setValue("mine");
            choices.put(conflict.field(), choice);
            conflicts.add(choice);
        }
        save.setText("Save with these choices");
        conflicts.setVisible(true);
    }

    private static String shown(Object value) {
        if (value == null) {
            return "(empty)";
        }
        return value instanceof List<?> list
                ? String.join(", ", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }

    /**
     * A searchable choice of the area's nodes the new node may reach by the relationship (the model's
     * targets of {@code type}, {@link RelationshipType#to()}), each shown with its type.
     */
    private static MultiSelectComboBox<MapNode> links(MapService map, String areaId, RelationshipType type) {
        MultiSelectComboBox<MapNode> box =
                new MultiSelectComboBox<>(type == RelationshipType.BLOCKS ? "Blocks" : "Mitigates (barriers)");
        List<MapNode> candidates = map.graph(areaId).nodes().stream()
                .filter(n -> n.areaId() != null && type.to().contains(n.type()))
                .sorted(Comparator.comparing((MapNode n) -> n.type().label())
                        .thenComparing(MapNode::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        box.setItems(candidates);
        box.setItemLabelGenerator(n -> n.name() + " (" + n.type().label() + ")");
        box.setWidthFull();
        box.setHelperText(
                type == RelationshipType.BLOCKS
                        ? "What this barrier obstructs: interventions, organisations or people. Type to search."
                        : "The barriers this enabler helps to overcome. Type to search.");
        return box;
    }

    private String fieldLabel(String field) {
        if (linkType != null && linkType.name().toLowerCase(Locale.ROOT).equals(field)) {
            return links.getLabel();
        }
        return "name".equals(field)
                ? "Name"
                : form.type.property(field).map(PropertySpec::label).orElse(field);
    }

    private String label(Violation violation) {
        return fieldLabel(violation.field());
    }
}

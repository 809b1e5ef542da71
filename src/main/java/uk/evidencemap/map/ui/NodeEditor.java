package uk.evidencemap.map.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.VersionConflictException;
import uk.evidencemap.base.Violation;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeChange;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;

/**
 * Adds or edits one node: the type's form, Save and Cancel, and the service's answer. Problems
 * are shown on the fields they name and summarised in an alert; a change someone else saved
 * first is reported, never overwritten. Every save is one call to the service (one transaction).
 */
class NodeEditor extends VerticalLayout {

    final NodeForm form;
    final Div problems = new Div();
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    private final MapService map;
    private final String areaId;
    private final MapNode existing;

    NodeEditor(MapService map, String areaId, NodeType type, MapNode existing, Consumer<MapNode> saved,
               Runnable cancelled) {
        this.map = map;
        this.areaId = areaId;
        this.existing = existing;
        this.form = new NodeForm(type, existing);
        setPadding(false);
        problems.getElement().setAttribute("role", "alert");
        problems.addClassName("form-problems");
        problems.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(form);
        save.addClickListener(e -> save().ifPresent(saved));
        cancel.addClickListener(e -> cancelled.run());
        cancel.addClickShortcut(Key.ESCAPE).listenOn(form);
        add(new H3(existing == null ? "New " + type.label().toLowerCase(java.util.Locale.ROOT)
                : "Edit " + existing.name()), problems, form, new HorizontalLayout(save, cancel));
        form.name.focus();
    }

    /** Saves what the form holds; on a problem, shows it and returns empty. */
    java.util.Optional<MapNode> save() {
        form.clearErrors();
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
                return java.util.Optional.of(map.createNode(areaId, new NodeDraft(form.type, form.nameValue(), given)));
            }
            Map<String, Object> changed = new HashMap<>();
            values.forEach((k, v) -> {
                if (!Objects.equals(normalised(existing.property(k)), v)) {
                    changed.put(k, v);
                }
            });
            return java.util.Optional.of(map.updateNode(areaId, existing.id(),
                    new NodeChange(form.nameValue(), changed, existing.version())));
        } catch (ValidationException e) {
            form.show(e.violations());
            problems.setText("Not saved: " + e.violations().stream().map(v -> label(v) + " " + v.message())
                    .collect(Collectors.joining("; ")) + ".");
            problems.setVisible(true);
            return java.util.Optional.empty();
        } catch (VersionConflictException e) {
            problems.setText("Not saved: someone else changed '" + existing.name() + "' after you opened it. Cancel"
                    + " and open it again to see their change, then make yours.");
            problems.setVisible(true);
            return java.util.Optional.empty();
        }
    }

    private String label(Violation violation) {
        if ("name".equals(violation.field())) {
            return "Name";
        }
        return form.type.property(violation.field()).map(uk.evidencemap.map.PropertySpec::label)
                .orElse(violation.field());
    }

    private static Object normalised(Object stored) {
        if (stored instanceof Number n) {
            return n.longValue();
        }
        if (stored instanceof java.util.Collection<?> c) {
            return c.isEmpty() ? null : c.stream().map(String::valueOf).toList();
        }
        return stored;
    }
}

package uk.evidencemap.collaboration.ui;

import com.vaadin.collaborationengine.FormManager;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.fieldhighlighter.FieldHighlighterInitializer;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shows on each field of a node's form who else is in it, with Collaboration Kit's form manager
 * (presence per field) and Vaadin's field highlighter (the coloured outline and name tag).
 * Values are not shared while typing: each person saves their own, and conflicts are merged or
 * shown when they save.
 */
public final class FieldPresence extends FieldHighlighterInitializer {

    private FieldPresence() {}

    /** Connects the form's fields (by property name, "name" for the name) to the node's topic. */
    public static void attach(Component form, UserInfo me, String topic, Map<String, ? extends Component> fields) {
        FormManager manager = new FormManager(form, me, topic);
        fields.forEach((property, field) -> {
            init(field.getElement());
            if (field instanceof Focusable<?> focusable) {
                focusable.addFocusListener(e -> manager.highlight(property, true));
                focusable.addBlurListener(e -> manager.highlight(property, false));
            }
        });
        manager.setHighlightHandler(context -> {
            Component field = fields.get(context.getPropertyName());
            if (field == null || context.getUser().equals(me)) {
                return () -> {};
            }
            ObjectNode user = JsonNodeFactory.instance.objectNode();
            user.put("id", context.getUser().getId());
            user.put("name", context.getUser().getName());
            user.put("colorIndex", context.getUser().getColorIndex());
            field.getElement().executeJs("customElements.get('vaadin-field-highlighter').addUser(this, $0)", user);
            field.getElement().setAttribute("data-editors", context.getUser().getName());
            return () -> {
                field.getElement()
                        .executeJs("customElements.get('vaadin-field-highlighter').removeUser(this, $0)", user);
                field.getElement().removeAttribute("data-editors");
            };
        });
    }
}

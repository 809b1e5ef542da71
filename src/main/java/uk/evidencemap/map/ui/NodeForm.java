package uk.evidencemap.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.evidencemap.base.Violation;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.PropertyDisplay;
import uk.evidencemap.map.PropertySpec;
import uk.evidencemap.taxonomy.BarrierCategory;
import uk.evidencemap.taxonomy.BarrierStatus;
import uk.evidencemap.taxonomy.Cfir;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.EnablerCategory;

/**
 * A form fitted to one node type: a field per property of the model (a searchable list for
 * codes, with the meaning and CFIR constructs of barrier and enabler categories, and a
 * searchable list of CFIR 2.0 constructs with their definitions), every field labelled, the
 * required ones marked. It checks nothing itself, not even lengths (a browser's maxlength counts
 * UTF-16 units, not characters as people count them): the service's violations, by the one text
 * rule of {@code base.Text}, are shown on the fields they name.
 */
class NodeForm extends FormLayout {

    final NodeType type;
    final TextField name = new TextField("Name");
    final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Map<String, Object> originals = new HashMap<>();

    @SuppressWarnings("unchecked")
    NodeForm(NodeType type, MapNode existing) {
        this.type = type;
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        add(name, 2);
        List<PropertySpec> specs = existing == null ? type.properties() : PropertyDisplay.shown(existing);
        for (PropertySpec spec : specs) {
            HasValue<?, ?> field = field(spec);
            fields.put(spec.key(), field);
            add((Component) field, spec.kind() == PropertySpec.Kind.LONG_TEXT ? 2 : 1);
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 2));
        if (existing == null && fields.get("status") instanceof ComboBox<?> status && type == NodeType.BARRIER) {
            // a new barrier is open until someone says otherwise (the service's default too)
            ((ComboBox<Coded>) status).setValue(BarrierStatus.OPEN);
        }
        if (existing != null) {
            existing.properties().forEach((key, value) -> {
                if (PropertySpec.customField(key).isPresent()) {
                    originals.put(key, value);
                }
            });
            name.setValue(existing.name());
            fields.forEach((key, field) -> fill(type.property(key).orElseThrow(), field, existing.property(key)));
        }
    }

    String nameValue() {
        return name.getValue();
    }

    /**
     * The properties as entered: every property of the type and every custom field shown, null
     * where empty (so that a change removes it). A custom field shown as text keeps its number,
     * truth value or list when its text is not changed.
     */
    Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        fields.forEach((key, field) -> {
            Object value = value(field);
            Object original = originals.get(key);
            values.put(
                    key,
                    original != null
                                    && value != null
                                    && PropertyDisplay.value(
                                                    PropertySpec.customField(key)
                                                            .orElseThrow(),
                                                    original)
                                            .equals(value)
                            ? original
                            : value);
        });
        return values;
    }

    /** Shows each violation on its field; returns those that name no field of this form. */
    List<Violation> show(List<Violation> violations) {
        clearErrors();
        List<Violation> elsewhere = new ArrayList<>();
        for (Violation violation : violations) {
            HasValue<?, ?> field = "name".equals(violation.field()) ? name : fields.get(violation.field());
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(violation.message());
                validated.setInvalid(true);
            } else {
                elsewhere.add(violation);
            }
        }
        return elsewhere;
    }

    void clearErrors() {
        name.setInvalid(false);
        fields.values().forEach(f -> {
            if (f instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
    }

    private static HasValue<?, ?> field(PropertySpec spec) {
        HasValue<?, ?> field = switch (spec.kind()) {
            case TEXT, URL -> new TextField(spec.label());
            case CUSTOM -> {
                TextField custom = new TextField(spec.label());
                custom.setHelperText("Custom field");
                yield custom;
            }
            case EMAIL -> new EmailField(spec.label());
            case LONG_TEXT -> {
                TextArea area = new TextArea(spec.label());
                area.setWidthFull();
                yield area;
            }
            case INTEGER -> {
                IntegerField number = new IntegerField(spec.label());
                number.setMin(spec.min());
                number.setMax(spec.max());
                number.setStepButtonsVisible(true);
                number.setHelperText(spec.min() + " to " + spec.max());
                yield number;
            }
            case BOOLEAN -> new Checkbox(spec.label());
            case ENUMERATION -> codes(spec);
            case CODE_LIST -> {
                MultiSelectComboBox<Coded> codes = new MultiSelectComboBox<>(spec.label());
                codes.setItems(Arrays.asList(spec.codes().getEnumConstants()));
                codes.setItemLabelGenerator(Coded::label);
                codes.setHelperText("Type to search");
                yield codes;
            }
            case TAGS -> {
                MultiSelectComboBox<String> tags = new MultiSelectComboBox<>(spec.label());
                tags.setAllowCustomValue(true);
                tags.setHelperText("Type a tag and press Enter");
                tags.setItems(new ArrayList<>());
                tags.addCustomValueSetListener(e -> {
                    String tag = e.getDetail().strip();
                    if (!tag.isEmpty()) {
                        Set<String> items = new LinkedHashSet<>(
                                tags.getListDataView().getItems().toList());
                        items.add(tag);
                        tags.setItems(new ArrayList<>(items));
                        Set<String> chosen = new LinkedHashSet<>(tags.getValue());
                        chosen.add(tag);
                        tags.setValue(chosen);
                    }
                });
                yield tags;
            }
            case CFIR_CONSTRUCT -> cfir(spec);
        };
        if (spec.required() && field instanceof HasValue<?, ?> required) {
            required.setRequiredIndicatorVisible(true);
        }
        if (field instanceof HasSize sized && spec.kind() != PropertySpec.Kind.BOOLEAN) {
            sized.setWidthFull();
        }
        return field;
    }

    private static ComboBox<Coded> codes(PropertySpec spec) {
        ComboBox<Coded> box = new ComboBox<>(spec.label());
        List<Coded> items = Arrays.asList(spec.codes().getEnumConstants());
        box.setItems(items);
        box.setItemLabelGenerator(Coded::label);
        if (spec.codes() == BarrierCategory.class || spec.codes() == EnablerCategory.class) {
            box.setRenderer(LitRenderer.<Coded>of("""
                            <div><strong>${item.label}</strong>\
                            <div style="font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)">\
                            ${item.meaning}${item.cfir}</div></div>""")
                    .withProperty("label", Coded::label)
                    .withProperty("meaning", NodeForm::meaning)
                    .withProperty(
                            "cfir", c -> constructs(c).isEmpty() ? "" : " · CFIR " + String.join(", ", constructs(c))));
            box.addValueChangeListener(e -> box.setHelperText(
                    e.getValue() == null
                            ? null
                            : meaning(e.getValue())
                                    + (constructs(e.getValue()).isEmpty()
                                            ? ""
                                            : " (CFIR " + String.join(", ", constructs(e.getValue())) + ")")));
        }
        return box;
    }

    private static String meaning(Coded code) {
        return code instanceof BarrierCategory b ? b.meaning() : code instanceof EnablerCategory e ? e.meaning() : "";
    }

    private static List<String> constructs(Coded code) {
        return code instanceof BarrierCategory b
                ? b.typicalConstructs()
                : code instanceof EnablerCategory e ? e.typicalConstructs() : List.of();
    }

    private static ComboBox<Cfir.Construct> cfir(PropertySpec spec) {
        ComboBox<Cfir.Construct> box = new ComboBox<>(spec.label());
        List<Cfir.Construct> all = Cfir.get().all();
        box.setItems(
                (construct, filter) -> (construct.code() + " " + construct.name() + " " + construct.definition())
                        .toLowerCase(Locale.ROOT)
                        .contains(filter.toLowerCase(Locale.ROOT)),
                all);
        box.setItemLabelGenerator(c -> c.code() + " " + c.name());
        box.setRenderer(LitRenderer.<Cfir.Construct>of("""
                        <div><strong>${item.code} ${item.name}</strong>\
                        <div style="font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)">\
                        ${item.definition}</div></div>""")
                .withProperty("code", Cfir.Construct::code)
                .withProperty("name", Cfir.Construct::name)
                .withProperty("definition", Cfir.Construct::definition));
        box.setHelperText("Search by code, name or words of the definition");
        box.addValueChangeListener(e -> box.setHelperText(
                e.getValue() == null
                        ? "Search by code, name or words of the definition"
                        : e.getValue().definition()));
        return box;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fill(PropertySpec spec, HasValue<?, ?> field, Object value) {
        if (value == null) {
            return;
        }
        switch (spec.kind()) {
            case INTEGER -> ((IntegerField) field).setValue(((Number) value).intValue());
            case BOOLEAN -> ((Checkbox) field).setValue(Boolean.TRUE.equals(value));
            case ENUMERATION ->
                ((ComboBox<Coded>) field)
                        .setValue(Arrays.stream(spec.codes().getEnumConstants())
                                .filter(c -> c.code().equals(String.valueOf(value)))
                                .findFirst()
                                .orElse(null));
            case CODE_LIST -> {
                List<String> chosen = value instanceof Collection<?> c
                        ? c.stream().map(String::valueOf).toList()
                        : List.of(String.valueOf(value));
                ((MultiSelectComboBox<Coded>) field)
                        .setValue(Arrays.stream(spec.codes().getEnumConstants())
                                .filter(c -> chosen.contains(c.code()))
                                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
            }
            case TAGS -> {
                MultiSelectComboBox<String> tags = (MultiSelectComboBox<String>) field;
                List<String> values = value instanceof Collection<?> c
                        ? c.stream().map(String::valueOf).toList()
                        : List.of(String.valueOf(value));
                tags.setItems(new ArrayList<>(values));
                tags.setValue(new LinkedHashSet<>(values));
            }
            case CFIR_CONSTRUCT ->
                ((ComboBox<Cfir.Construct>) field)
                        .setValue(Cfir.get().construct(String.valueOf(value)).orElse(null));
            case CUSTOM -> ((TextField) field).setValue(PropertyDisplay.value(spec, value));
            default -> ((HasValue) field).setValue(String.valueOf(value));
        }
    }

    private static Object value(HasValue<?, ?> field) {
        Object value = field.getValue();
        if (value instanceof Coded coded) {
            return coded.code();
        }
        if (value instanceof Cfir.Construct construct) {
            return construct.code();
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof Set<?> set) {
            return set.isEmpty()
                    ? null
                    : set.stream().map(v -> v instanceof Coded c ? c.code() : v).toList();
        }
        if (value instanceof String text) {
            return text.isBlank() ? null : text;
        }
        if (field instanceof Checkbox) {
            return Boolean.TRUE.equals(value) ? Boolean.TRUE : null;
        }
        return value;
    }
}

package uk.evidencemap.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.evidencemap.analysis.FeedbackLoop;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.exchange.ExchangeLimits;
import uk.evidencemap.exchange.ImportFormat;
import uk.evidencemap.exchange.ImportOptions;
import uk.evidencemap.exchange.ImportReport;
import uk.evidencemap.exchange.ImportService;
import uk.evidencemap.map.NodeType;

/**
 * Importing a file in two steps: upload it and see what would happen (counts by type, how each of
 * the file's types is taken, which the person may change, every skipped row with its reason), then
 * import it as one change that undo on the map takes back whole.
 */
final class ImportPanel extends VerticalLayout {

    /** One of the file's types and the node type it is taken as. */
    record Mapping(String fileType, NodeType nodeType) {}

    final Select<ImportFormat> format = new Select<>();
    final Select<NodeType> defaultType = new Select<>();
    final Upload upload;
    final Div problem = new Div();
    final Paragraph summary = new Paragraph();
    final Grid<Mapping> mapping = new Grid<>(Mapping.class, false);
    final Grid<ImportReport.Skipped> skipped = new Grid<>(ImportReport.Skipped.class, false);
    final UnorderedList warnings = new UnorderedList();
    final Button importButton = new Button("Import");
    final Button cancel = new Button("Cancel");
    final Div done = new Div();
    private final H3 previewHeading = new H3("What the import will do");
    private final VerticalLayout preview = new VerticalLayout();
    private final ImportService imports;
    private final String areaId;
    private final Map<String, NodeType> chosen = new HashMap<>();
    private boolean receiving;
    private byte[] file;
    private String fileName;

    ImportPanel(ImportService imports, String areaId) {
        this.imports = imports;
        this.areaId = areaId;
        add(new H2("Import a file"));
        add(new Paragraph("Bring in a map from Kumu (a project's JSON, or its spreadsheet as XLSX, or CSV in a zip),"
                + " from PRSM (.prsm), from Gephi, yEd, NetworkX or igraph (GraphML or GEXF), or from this product's own"
                + " JSON export. You see what will be created before anything is written. Elements with the same type"
                + " and name as a node already on the map join that node (its fields are not changed); one import is"
                + " one change, which Undo on the map takes back whole."));
        format.setLabel("Format");
        format.setItems(ImportFormat.values());
        format.setItemLabelGenerator(ImportPanel::describe);
        format.setWidth("22rem");
        defaultType.setLabel("Elements of other types become");
        defaultType.setItems(java.util.Arrays.stream(NodeType.values())
                .filter(t -> t != NodeType.PROGRAMME)
                .toList());
        defaultType.setItemLabelGenerator(NodeType::plural);
        defaultType.setValue(NodeType.FACTOR);
        defaultType.addValueChangeListener(e -> {
            if (!receiving) {
                preview();
            }
        });
        format.addValueChangeListener(e -> {
            if (!receiving) {
                preview();
            }
        });
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> received(metadata.fileName(), bytes));
        }));
        // One file at a time: the preview is of one file, and a file input that takes several lets a
        // second choice add to the first instead of replacing it.
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ExchangeLimits.DEFAULT.maxBytes());
        upload.setAcceptedFileTypes(".json", ".xlsx", ".zip", ".csv", ".prsm", ".graphml", ".xml", ".gexf");
        upload.addFileRejectedListener(e -> show(e.getErrorMessage() + " (files up to 50 MB are taken)"));
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("form-problems");
        problem.setVisible(false);
        summary.getElement().setAttribute("role", "status");
        summary.setId("import-summary");
        mapping.setAriaLabel("How the file's types are taken");
        mapping.addColumn(Mapping::fileType).setHeader("Type in the file").setAutoWidth(true);
        mapping.addComponentColumn(this::typeChoice).setHeader("Taken as").setAutoWidth(true);
        mapping.setAllRowsVisible(true);
        skipped.setAriaLabel("Rows that will not be imported");
        skipped.addColumn(ImportReport.Skipped::row).setHeader("Row").setAutoWidth(true);
        skipped.addColumn(ImportReport.Skipped::reason)
                .setHeader("Why it is skipped")
                .setFlexGrow(3);
        skipped.setAllRowsVisible(true);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> importNow());
        cancel.addClickListener(e -> clear());
        preview.setPadding(false);
        preview.add(
                previewHeading,
                summary,
                mapping,
                new H3("Notes"),
                warnings,
                new H3("Rows skipped"),
                skipped,
                new HorizontalLayout(importButton, cancel));
        preview.setVisible(false);
        done.getElement().setAttribute("role", "status");
        done.setId("import-done");
        add(new HorizontalLayout(format, defaultType), upload, problem, preview, done);
        setPadding(false);
    }

    private static String describe(ImportFormat f) {
        return switch (f) {
            case KUMU_JSON -> "Kumu project (JSON)";
            case KUMU_XLSX -> "Kumu spreadsheet (XLSX)";
            case CSV_ZIP -> "Kumu spreadsheet as CSV (a zip, or one CSV)";
            case GRAPHML -> "GraphML (Gephi, yEd, NetworkX, igraph)";
            case GEXF -> "GEXF (Gephi)";
            case PRSM -> "PRSM map (.prsm)";
            case JSON -> "Evidence Map JSON export";
        };
    }

    /** The format a file's name and first bytes say it is. */
    static ImportFormat guess(String name, byte[] bytes) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".prsm")) {
            return ImportFormat.PRSM;
        }
        if (lower.endsWith(".xlsx")) {
            return ImportFormat.KUMU_XLSX;
        }
        if (lower.endsWith(".zip") || lower.endsWith(".csv")) {
            return ImportFormat.CSV_ZIP;
        }
        if (lower.endsWith(".gexf")) {
            return ImportFormat.GEXF;
        }
        if (lower.endsWith(".graphml")) {
            return ImportFormat.GRAPHML;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        if (start.contains("<gexf")) {
            return ImportFormat.GEXF;
        }
        if (start.contains("<graphml")) {
            return ImportFormat.GRAPHML;
        }
        return start.contains("\"evidence-map\"") ? ImportFormat.JSON : ImportFormat.KUMU_JSON;
    }

    void received(String name, byte[] bytes) {
        file = bytes;
        fileName = name;
        // the file is named in the preview; the upload is emptied so that another can be chosen
        upload.clearFileList();
        previewHeading.setText("What importing '" + name + "' will do");
        chosen.clear();
        done.setText("");
        receiving = true;
        format.setValue(guess(name, bytes));
        receiving = false;
        preview();
    }

    private Select<NodeType> typeChoice(Mapping row) {
        Select<NodeType> choice = new Select<>();
        choice.setItems(java.util.Arrays.stream(NodeType.values())
                .filter(t -> t != NodeType.PROGRAMME || row.nodeType() == NodeType.PROGRAMME)
                .toList());
        choice.setItemLabelGenerator(NodeType::label);
        choice.setValue(row.nodeType());
        choice.setAriaLabel("Take '" + row.fileType() + "' as");
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                chosen.put(row.fileType(), e.getValue());
                preview();
            }
        });
        return choice;
    }

    /** Runs the import as a dry run and shows what it would do. */
    void preview() {
        if (file == null || format.getValue() == null) {
            return;
        }
        try {
            ImportReport report = run(true);
            problem.setVisible(false);
            summary.setText(sentence(report));
            List<Mapping> rows = new ArrayList<>();
            report.mapped()
                    .forEach((fileType, label) -> rows.add(
                            new Mapping(fileType, NodeType.byLabel(label).orElse(NodeType.FACTOR))));
            mapping.setItems(rows);
            warnings.removeAll();
            report.warnings().forEach(w -> warnings.add(new ListItem(w)));
            if (report.warnings().isEmpty()) {
                warnings.add(new ListItem("None."));
            }
            skipped.setItems(report.skipped());
            importButton.setEnabled(true);
            preview.setVisible(true);
        } catch (ValidationException e) {
            show(e.getMessage());
        }
    }

    private ImportReport run(boolean dryRun) {
        return imports.importFile(
                areaId,
                format.getValue().reader(ExchangeLimits.DEFAULT),
                new ByteArrayInputStream(file),
                fileName,
                new ImportOptions(defaultType.getValue(), chosen),
                dryRun);
    }

    void importNow() {
        try {
            ImportReport report = run(false);
            String imported = fileName;
            clear();
            done.removeAll();
            done.add(
                    new Paragraph(
                            "Imported '" + imported + "': " + report.created().nodes() + " nodes and "
                                    + report.created().relationships() + " relationships"
                                    + (report.skipped().isEmpty()
                                            ? ""
                                            : "; " + report.skipped().size() + " rows skipped")
                                    + ". Undo on the map takes the whole import back."),
                    new Anchor(AreaNavigation.map(areaId), "Open the map"));
        } catch (ValidationException e) {
            show(e.getMessage());
        }
    }

    private void clear() {
        file = null;
        fileName = null;
        chosen.clear();
        preview.setVisible(false);
        problem.setVisible(false);
        upload.clearFileList();
    }

    private void show(String message) {
        problem.setText("Not imported: " + message);
        problem.setVisible(true);
        preview.setVisible(false);
    }

    /** "Will create 12 nodes (10 Factors, 2 Needs) and 30 relationships; 1 element joins a node already there." */
    static String sentence(ImportReport report) {
        String types = report.created().nodeTypes().entrySet().stream()
                .map(e -> e.getValue() + " "
                        + NodeType.byLabel(e.getKey())
                                .map(t -> e.getValue() == 1 ? t.label() : t.plural())
                                .orElse(e.getKey()))
                .collect(Collectors.joining(", "));
        return "Will create " + report.created().nodes() + " nodes" + (types.isEmpty() ? "" : " (" + types + ")")
                + " and " + report.created().relationships() + " relationships"
                + (report.matched() == 0
                        ? ""
                        : "; " + report.matched()
                                + (report.matched() == 1 ? " element joins a node" : " elements join nodes")
                                + " already on the map")
                + (report.loops() == 0
                        ? ""
                        : "; the influences form " + (report.loops() >= ImportReport.LOOPS_COUNTED ? "at least " : "")
                                + report.loops() + (report.loops() == 1 ? " feedback loop" : " feedback loops")
                                + " of up to " + FeedbackLoop.MAX_LENGTH + " influences")
                + ". " + report.skipped().size() + " rows will be skipped.";
    }
}

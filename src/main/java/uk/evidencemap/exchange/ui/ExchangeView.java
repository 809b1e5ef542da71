package uk.evidencemap.exchange.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.area.ui.OpenArea;
import uk.evidencemap.exchange.ExchangeService;
import uk.evidencemap.exchange.ExportFormat;
import uk.evidencemap.exchange.ImportService;
import uk.evidencemap.security.AreaAccess;

/**
 * The area's import and export page: the map taken out in each format other tools open, and, for
 * editors, a file brought in ({@link ImportPanel}).
 */
@Route(AreaNavigation.EXCHANGE)
@PermitAll
class ExchangeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExchangeService exchange;
    private final ImportService imports;
    private final AreaAccess access;
    final UnorderedList downloads = new UnorderedList();
    ImportPanel importPanel;
    private Area area;

    ExchangeView(ExchangeService exchange, ImportService imports, AreaAccess access) {
        this.exchange = exchange;
        this.imports = imports;
        this.access = access;
        setWidthFull();
        setMaxWidth("70rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = OpenArea.of(event);
        if (found.isEmpty()) {
            return;
        }
        area = found.get();
        removeAll();
        downloads.removeAll();
        add(new H2("Export the map"));
        add(new Paragraph("Take this area's map out as a file, named with the area and today's date. Every format"
                + " carries each node's type, name and properties and each relationship's type; positions where"
                + " people placed nodes."));
        for (ExportFormat format : ExportFormat.values()) {
            downloads.add(new ListItem(download(format), new Span(" " + describe(format))));
        }
        add(downloads);
        if (access.canEdit(area.id())) {
            importPanel = new ImportPanel(imports, area.id());
            add(importPanel);
        } else {
            add(new H2("Import a file"), new Paragraph("Only editors of this area can import files into it."));
        }
    }

    private Anchor download(ExportFormat format) {
        String areaId = area.id();
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    exchange.export(areaId, format, out);
                    byte[] bytes = out.toByteArray();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            format.fileName(areaId, Instant.now()),
                            format.mediaType(),
                            bytes.length);
                }),
                "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(label(format)));
        link.getElement().setAttribute("download", true);
        return link;
    }

    static String label(ExportFormat format) {
        return switch (format.code()) {
            case "json" -> "Evidence Map JSON";
            case "graphml" -> "GraphML";
            case "gexf" -> "GEXF";
            case "csv-zip" -> "CSV (nodes and relationships, zipped)";
            case "kumu-xlsx" -> "Kumu spreadsheet (XLSX)";
            case "kumu-json" -> "Kumu project (JSON)";
            default -> format.code();
        };
    }

    private static String describe(ExportFormat format) {
        return switch (format.code()) {
            case "json" -> "complete: import it into another area to get the same map back";
            case "graphml" -> "opens in Gephi, yEd, NetworkX (read_graphml) and igraph";
            case "gexf" -> "opens in Gephi, with positions and colours";
            case "csv-zip" -> "for spreadsheets and R: nodes.csv and relationships.csv; imports back";
            case "kumu-xlsx" -> "Kumu imports it: Elements and Connections sheets";
            case "kumu-json" -> "a Kumu project file";
            default -> "";
        };
    }

    @Override
    public String getPageTitle() {
        return (area == null ? "Area" : area.name()) + ": import and export | Evidence Map";
    }
}

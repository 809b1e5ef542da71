package uk.evidencemap.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.area.ui.OpenArea;
import uk.evidencemap.briefing.Briefing;
import uk.evidencemap.briefing.BriefingFile;
import uk.evidencemap.briefing.BriefingService;

/**
 * The briefing of an area as a page to read and print ({@code /areas/{areaId}/briefing}): the same
 * text as the PDF, as plain HTML so that the browser's print gives a clean document (the
 * application's frame and this page's controls are left out of print by {@link PrintStyle}).
 * {@code ?since=yyyy-MM-dd} chooses the first day of the changes summarised; {@code ?download=pdf}
 * starts the download of the PDF as the page opens (how the analysis page offers the PDF: the
 * API does not take the pages' session).
 */
@Route(AreaNavigation.BRIEFING)
@PermitAll
class BriefingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final BriefingService briefings;

    final DatePicker since = new DatePicker("Changes since");
    final Button print = new Button("Print", VaadinIcon.PRINT.create());
    final Anchor pdf;
    final Paragraph notice = new Paragraph();
    final Article document = new Article();
    Briefing shown;
    boolean downloadStarted;
    private Area area;

    BriefingView(BriefingService briefings) {
        this.briefings = briefings;
        addClassName("briefing-page");
        since.setLocale(Locale.UK);
        since.setHelperText("The first day whose changes are summarised");
        since.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show();
                getUI().ifPresent(ui ->
                        ui.getPage().getHistory().replaceState(null, AreaNavigation.briefing(area.id(), e.getValue())));
            }
        });
        print.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    BriefingFile file = briefings.pdf(area.id(), since.getValue());
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.fileName(),
                            BriefingFile.MEDIA_TYPE,
                            file.content().length);
                }),
                "");
        pdf.add(VaadinIcon.DOWNLOAD.create(), new Span("Download as PDF"));
        pdf.getElement().setAttribute("download", true);
        notice.addClassName("briefing-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        HorizontalLayout controls = new HorizontalLayout(since, print, pdf);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        controls.addClassName("briefing-controls");
        document.addClassName("briefing");
        add(new PrintStyle(), controls, notice, document);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = OpenArea.of(event);
        if (found.isEmpty()) {
            return;
        }
        area = found.get();
        var parameters = event.getLocation().getQueryParameters();
        LocalDate fallback = Briefing.defaultSince(Instant.now());
        since.setMax(LocalDate.now(UK));
        notice.setVisible(false);
        LocalDate chosen = fallback;
        String asked = parameters.getSingleParameter("since").orElse(null);
        if (asked != null) {
            try {
                chosen = LocalDate.parse(asked);
            } catch (DateTimeParseException e) {
                notice.setText("'" + asked + "' is not a day written as yyyy-MM-dd, so the changes of the last "
                        + Briefing.DEFAULT_DAYS + " days are shown.");
                notice.setVisible(true);
            }
        }
        since.setValue(chosen);
        show();
        downloadStarted =
                parameters.getSingleParameter("download").filter("pdf"::equals).isPresent();
        if (downloadStarted) {
            pdf.getElement().executeJs("this.click()");
        }
    }

    @Override
    public String getPageTitle() {
        return (area == null ? "Area" : area.name()) + ": briefing | Evidence Map";
    }

    /** Puts the briefing together again and writes it out. */
    void show() {
        shown = briefings.briefing(area.id(), since.getValue());
        document.removeAll();
        Paragraph areaName = new Paragraph(shown.area().name());
        areaName.addClassName("briefing-area");
        document.add(new H2("Briefing for the directorate management team"), areaName, quiet(shown.prepared()));
        document.add(figures(), gaps(), champions(), failures(), paths(), changes(), map());
    }

    private Section section(Briefing.Section which, String heading, Component... content) {
        Section section = new Section(new H3(heading));
        section.addClassName("briefing-" + which.name().toLowerCase(Locale.ROOT));
        section.add(content);
        return section;
    }

    private Section figures() {
        boolean changes = shown.baseline() != null;
        NativeTable table = new NativeTable();
        table.setCaptionText(Briefing.Section.FIGURES.heading());
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Figure");
        head.addHeaderCell().setText("Now");
        if (changes) {
            head.addHeaderCell().setText("Change since the snapshot");
        }
        for (Briefing.Figure figure : shown.figures()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(figure.label());
            row.addDataCell().setText(figure.value());
            if (changes) {
                row.addDataCell().setText(figure.changeInWords());
            }
        }
        return section(
                Briefing.Section.FIGURES,
                Briefing.Section.FIGURES.heading(),
                new Paragraph(shown.figuresIntro()),
                table);
    }

    private Section gaps() {
        OrderedList list = new OrderedList();
        for (Briefing.GapLine gap : shown.topGaps()) {
            list.add(new ListItem(strong(gap.title()), new Span(" " + gap.detail()), indented(gap.reason())));
        }
        return section(Briefing.Section.GAPS, Briefing.Section.GAPS.heading(), new Paragraph(shown.gapsIntro()), list);
    }

    private Section champions() {
        UnorderedList list = new UnorderedList();
        list.addClassName("briefing-plain");
        for (Briefing.ChampionLine person : shown.champions()) {
            list.add(new ListItem(
                    strong(person.name()),
                    new Span(person.role().isEmpty() ? "" : " (" + person.role() + ")"),
                    indented(person.inWords()),
                    indented(person.work())));
        }
        return section(
                Briefing.Section.CHAMPIONS,
                Briefing.Section.CHAMPIONS.heading(),
                new Paragraph(shown.championsIntro()),
                list);
    }

    private Section failures() {
        return section(
                Briefing.Section.FAILURES,
                Briefing.Section.FAILURES.heading(),
                new Paragraph(shown.failuresIntro()),
                bullets(shown.failures()));
    }

    private Section paths() {
        Section section =
                section(Briefing.Section.PATHS, Briefing.Section.PATHS.heading(), new Paragraph(shown.pathsIntro()));
        for (Briefing.PathLine path : shown.blockedPaths()) {
            Div block = new Div(new H4(path.intervention()), indented(path.parts()), indented(path.blockedBy()));
            block.addClassName("briefing-path");
            if (!path.suggestions().isEmpty()) {
                UnorderedList suggestions = bullets(path.suggestions());
                suggestions.addClassName("briefing-indent");
                block.add(indented("Suggestions:"), suggestions);
            }
            if (!path.suggestionsNote().isEmpty()) {
                Paragraph note = indented(path.suggestionsNote());
                note.addClassName("briefing-quiet");
                block.add(note);
            }
            section.add(block);
        }
        return section;
    }

    private Section changes() {
        Section section =
                section(Briefing.Section.CHANGES, shown.changesHeading(), new Paragraph(shown.changesIntro()));
        if (!shown.changes().latest().isEmpty()) {
            NativeTable table = new NativeTable();
            table.setCaptionText(shown.changesListed());
            NativeTableRow head = table.getHead().addRow();
            head.addHeaderCell().setText("When (UK time)");
            head.addHeaderCell().setText("Who");
            head.addHeaderCell().setText("What");
            for (Briefing.ChangeLine change : shown.changes().latest()) {
                NativeTableRow row = table.getBody().addRow();
                row.addDataCell().setText(change.when());
                row.addDataCell().setText(change.who());
                row.addDataCell().setText(change.what());
            }
            section.add(table);
        }
        return section;
    }

    private Section map() {
        Briefing.Picture picture = shown.picture();
        byte[] png = picture.png();
        Image image = new Image(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(png), area.id() + "-map.png", "image/png", png.length)),
                picture.alt(shown.area().name()));
        image.getElement().setAttribute("width", String.valueOf(picture.width()));
        image.getElement().setAttribute("height", String.valueOf(picture.height()));
        return section(Briefing.Section.MAP, Briefing.Section.MAP.heading(), image, quiet(picture.caption()));
    }

    private static UnorderedList bullets(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.addClassName("briefing-strong");
        return span;
    }

    private static Paragraph indented(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("briefing-indent");
        return paragraph;
    }

    private static Paragraph quiet(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("briefing-quiet");
        return paragraph;
    }
}

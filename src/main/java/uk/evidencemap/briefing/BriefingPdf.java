package uk.evidencemap.briefing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.Chapter;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.RectangleReadOnly;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a {@link Briefing} as a PDF with OpenPDF (decision 020): A4 portrait, one bookmarked
 * chapter per {@link Briefing.Section}, the picture of the map on a landscape page of its own, the
 * area and page number in the footer. Text is set in Liberation Sans, the font OpenPDF ships,
 * embedded as a subset so that every name prints as typed.
 */
final class BriefingPdf {

    /** A4 turned on its side, as a page 842 points wide (no /Rotate, so every viewer shows it the same way). */
    private static final Rectangle LANDSCAPE = new RectangleReadOnly(PageSize.A4.getHeight(), PageSize.A4.getWidth());

    private static final Color INK = new Color(0x1a1a1a);
    private static final Color QUIET = new Color(0x555555);
    private static final Color ACCENT = new Color(0x1f4e79);
    private static final Color RULE = new Color(0xc8c8c8);
    private static final Color SHADE = new Color(0xeef2f6);

    private final Font title;
    private final Font subtitle;
    private final Font heading;
    private final Font body;
    private final Font strong;
    private final Font small;

    private BriefingPdf() {
        BaseFont base = baseFont();
        title = new Font(base, 20, Font.BOLD, ACCENT);
        subtitle = new Font(base, 15, Font.NORMAL, INK);
        heading = new Font(base, 14, Font.BOLD, ACCENT);
        body = new Font(base, 10, Font.NORMAL, INK);
        strong = new Font(base, 10, Font.BOLD, INK);
        small = new Font(base, 8.5f, Font.NORMAL, QUIET);
    }

    /** @return the briefing as the bytes of a PDF */
    static byte[] write(Briefing briefing) {
        return new BriefingPdf().document(briefing);
    }

    private byte[] document(Briefing b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.setPageEvent(new Footer(
                    b.area().name() + ": briefing of "
                            + Words.DAY.format(b.preparedAt().atZone(Words.UK)),
                    small));
            document.addTitle("Briefing: " + b.area().name());
            document.addSubject("Briefing for the directorate management team");
            document.addCreator("Evidence Map");
            document.addCreationDate();
            document.open();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));

            document.add(paragraph("Briefing for the directorate management team", title, 0, 4));
            document.add(paragraph(b.area().name(), subtitle, 0, 4));
            document.add(paragraph(b.prepared(), small, 0, 6));
            document.add(figures(b));
            document.add(gaps(b));
            document.add(champions(b));
            document.add(failures(b));
            document.add(paths(b));
            document.add(changes(b));
            document.setPageSize(LANDSCAPE);
            document.newPage();
            document.add(map(b, document));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The briefing could not be written as a PDF", e);
        }
        return out.toByteArray();
    }

    private Chapter chapter(Briefing.Section section, String text) {
        Paragraph heading = paragraph(text, this.heading, 0, 6);
        heading.setSpacingBefore(14);
        Chapter chapter = new Chapter(heading, section.ordinal() + 1);
        chapter.setNumberDepth(0);
        chapter.setTriggerNewPage(false);
        chapter.setBookmarkTitle(text);
        return chapter;
    }

    private Chapter chapter(Briefing.Section section) {
        return chapter(section, section.heading());
    }

    private Chapter figures(Briefing b) {
        Chapter chapter = chapter(Briefing.Section.FIGURES);
        chapter.add(paragraph(b.figuresIntro(), body, 0, 6));
        boolean changes = b.baseline() != null;
        PdfPTable table = new PdfPTable(changes ? new float[] {6, 2, 3} : new float[] {6, 2});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(headerCell("Figure"));
        table.addCell(headerCell("Now"));
        if (changes) {
            table.addCell(headerCell("Change since the snapshot"));
        }
        for (Briefing.Figure f : b.figures()) {
            table.addCell(cell(f.label(), body));
            table.addCell(cell(f.value(), strong));
            if (changes) {
                table.addCell(cell(f.changeInWords(), body));
            }
        }
        chapter.add(table);
        return chapter;
    }

    private Chapter gaps(Briefing b) {
        Chapter chapter = chapter(Briefing.Section.GAPS);
        chapter.add(paragraph(b.gapsIntro(), body, 0, 4));
        int n = 1;
        for (Briefing.GapLine gap : b.topGaps()) {
            Paragraph line = new Paragraph();
            line.setSpacingBefore(4);
            line.add(new Chunk(n++ + ". " + gap.title(), strong));
            line.add(new Chunk(" " + gap.detail(), body));
            chapter.add(line);
            chapter.add(paragraph(gap.reason(), body, 14, 0));
        }
        return chapter;
    }

    private Chapter champions(Briefing b) {
        Chapter chapter = chapter(Briefing.Section.CHAMPIONS);
        chapter.add(paragraph(b.championsIntro(), body, 0, 4));
        for (Briefing.ChampionLine person : b.champions()) {
            Paragraph line = new Paragraph();
            line.setSpacingBefore(4);
            line.add(new Chunk(person.name(), strong));
            if (!person.role().isEmpty()) {
                line.add(new Chunk(" (" + person.role() + ")", body));
            }
            chapter.add(line);
            chapter.add(paragraph(person.inWords(), body, 14, 0));
            chapter.add(paragraph(person.work(), body, 14, 0));
        }
        return chapter;
    }

    private Chapter failures(Briefing b) {
        Chapter chapter = chapter(Briefing.Section.FAILURES);
        chapter.add(paragraph(b.failuresIntro(), body, 0, 4));
        if (!b.failures().isEmpty()) {
            chapter.add(bullets(b.failures(), 0));
        }
        return chapter;
    }

    private Chapter paths(Briefing b) {
        Chapter chapter = chapter(Briefing.Section.PATHS);
        chapter.add(paragraph(b.pathsIntro(), body, 0, 4));
        for (Briefing.PathLine path : b.blockedPaths()) {
            Paragraph line = new Paragraph();
            line.setSpacingBefore(6);
            line.add(new Chunk(path.intervention(), strong));
            chapter.add(line);
            chapter.add(paragraph(path.parts(), body, 14, 0));
            chapter.add(paragraph(path.blockedBy(), body, 14, 0));
            if (!path.suggestions().isEmpty()) {
                chapter.add(paragraph("Suggestions:", body, 14, 0));
                chapter.add(bullets(path.suggestions(), 14));
            }
            if (!path.suggestionsNote().isEmpty()) {
                chapter.add(paragraph(path.suggestionsNote(), small, 14, 0));
            }
        }
        return chapter;
    }

    private Chapter changes(Briefing b) {
        Chapter chapter = chapter(Briefing.Section.CHANGES, b.changesHeading());
        chapter.add(paragraph(b.changesIntro(), body, 0, 4));
        if (b.changes().latest().isEmpty()) {
            return chapter;
        }
        chapter.add(paragraph(b.changesListed(), body, 0, 4));
        PdfPTable table = new PdfPTable(new float[] {2.2f, 1.6f, 7});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(headerCell("When (UK time)"));
        table.addCell(headerCell("Who"));
        table.addCell(headerCell("What"));
        for (Briefing.ChangeLine change : b.changes().latest()) {
            table.addCell(cell(change.when(), body));
            table.addCell(cell(change.who(), body));
            table.addCell(cell(change.what(), body));
        }
        chapter.add(table);
        return chapter;
    }

    private Chapter map(Briefing b, Document document) {
        Chapter chapter = chapter(Briefing.Section.MAP);
        Briefing.Picture picture = b.picture();
        try {
            Image image = Image.getInstance(picture.png());
            image.scaleToFit(document.right() - document.left(), document.top() - document.bottom() - 90);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setAlt(picture.alt(b.area().name()));
            chapter.add(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        chapter.add(paragraph(picture.caption(), small, 0, 0));
        return chapter;
    }

    private org.openpdf.text.List bullets(java.util.List<String> items, float indent) {
        org.openpdf.text.List list = new org.openpdf.text.List(false, 10);
        list.setListSymbol(new Chunk("\u2022", body));
        list.setIndentationLeft(indent);
        for (String item : items) {
            ListItem entry = new ListItem(item, body);
            entry.setSpacingBefore(2);
            list.add(entry);
        }
        return list;
    }

    private static Paragraph paragraph(String text, Font font, float indent, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setIndentationLeft(indent);
        paragraph.setSpacingAfter(after);
        paragraph.setLeading(font.getSize() * 1.3f);
        return paragraph;
    }

    private PdfPCell headerCell(String text) {
        PdfPCell cell = cell(text, strong);
        cell.setBackgroundColor(SHADE);
        return cell;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setBorderColor(RULE);
        return cell;
    }

    private static BaseFont baseFont() {
        try {
            return BaseFont.createFont(MapPicture.FONT_RESOURCE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The footer of every page: what the document is, and the page number. */
    private static final class Footer extends PdfPageEventHelper {
        private final String text;
        private final Font font;

        Footer(String text, Font font) {
            this.text = text;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float y = document.bottom() - 24;
            ColumnText.showTextAligned(
                    writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(text, font), document.left(), y, 0);
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_RIGHT,
                    new Phrase("Page " + writer.getPageNumber(), font),
                    document.right(),
                    y,
                    0);
        }
    }
}

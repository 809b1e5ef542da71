package uk.evidencemap.base;

/**
 * CSV as RFC 4180 writes it (CRLF line ends, quotes where needed), with text that a spreadsheet
 * would run as a formula defused by a leading apostrophe. Every CSV download uses it.
 */
public final class Csv {

    private Csv() {}

    /** Appends one row of cells. */
    public static StringBuilder row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        return csv.append("\r\n");
    }

    public static String cell(String value) {
        String text = defused(value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /**
     * The text with a leading apostrophe when a spreadsheet would run it as a formula (it starts
     * with =, +, - or @ and is not a plain number); null as empty. For files written with another
     * CSV library, which quotes but does not defuse.
     */
    public static String defused(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            return "'" + text;
        }
        return text;
    }
}

package uk.evidencemap.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.evidencemap.base.ValidationException;

/**
 * The formats a map can be imported from, by the code the API takes ({@code format=...}); the
 * file's format is said, never guessed.
 */
public enum ImportFormat {
    /** A Kumu project backup or blueprint (JSON): {@link KumuJsonReader}. */
    KUMU_JSON("kumu-json"),
    /** Kumu's spreadsheet layout as an Excel workbook: {@link KumuSpreadsheetReader}. */
    KUMU_XLSX("kumu-xlsx"),
    /** Kumu's spreadsheet layout as CSV: a zip of elements.csv and connections.csv, or one CSV: {@link KumuCsvReader}. */
    CSV_ZIP("csv-zip"),
    /** GraphML (NetworkX, igraph, yEd, Gephi): {@link GraphMlReader}. */
    GRAPHML("graphml"),
    /** GEXF 1.1 to 1.3 (Gephi): {@link GexfReader}. */
    GEXF("gexf"),
    /** A Participatory System Mapper map, plain or compressed: {@link PrsmReader}. */
    PRSM("prsm"),
    /** The product's own JSON export: {@link JsonExchangeReader}. */
    JSON("json");

    private final String code;

    ImportFormat(String code) {
        this.code = code;
    }

    /** The code the API takes, e.g. "kumu-json". */
    public String code() {
        return code;
    }

    /**
     * The format of a code, ignoring case and surrounding spaces.
     *
     * @throws ValidationException field "format": "is \"x\"; the formats are kumu-json, ..."
     */
    public static ImportFormat of(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ValidationException(
                        "format",
                        (wanted.isEmpty() ? "is required" : "is \"" + code.strip() + "\"") + "; the formats are "
                                + Arrays.stream(values())
                                        .map(ImportFormat::code)
                                        .collect(Collectors.joining(", "))));
    }

    /** The reader of this format, keeping the given limits. */
    public ExchangeReader reader(ExchangeLimits limits) {
        return switch (this) {
            case KUMU_JSON -> new KumuJsonReader(limits);
            case KUMU_XLSX -> new KumuSpreadsheetReader(limits);
            case CSV_ZIP -> new KumuCsvReader(limits);
            case GRAPHML -> new GraphMlReader(limits);
            case GEXF -> new GexfReader(limits);
            case PRSM -> new PrsmReader(limits);
            case JSON -> new JsonExchangeReader(limits);
        };
    }
}

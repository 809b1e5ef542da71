package uk.evidencemap.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The file formats an area's map is exported in, each with the code the API takes
 * ({@code ?format=}), its media type and the end of its file name. docs/exchange-format.md describes
 * each file.
 */
public enum ExportFormat {
    /** The product's own JSON: complete, and read back without loss. */
    JSON("json", "application/json", "json", JsonExchangeWriter::new),
    /** GraphML, for Gephi, yEd, NetworkX, igraph and JGraphT. */
    GRAPHML("graphml", "application/graphml+xml", "graphml", GraphMlWriter::new),
    /** GEXF 1.3, Gephi's own format, with positions and colours. */
    GEXF("gexf", "application/gexf+xml", "gexf", GexfWriter::new),
    /** A zip of nodes.csv and relationships.csv, for spreadsheets and scripts. */
    CSV_ZIP("csv-zip", "application/zip", "zip", CsvZipWriter::new),
    /** An Excel workbook laid out for Kumu's spreadsheet import. */
    KUMU_XLSX(
            "kumu-xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
            KumuXlsxWriter::new),
    /** A Kumu project as Kumu's JSON backups are laid out; ends in ".kumu.json" to stand apart from the product's own. */
    KUMU_JSON("kumu-json", "application/json", "kumu.json", KumuJsonWriter::new);

    /** Whose calendar a file's date follows: the product serves English local authorities. */
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final String code;
    private final String mediaType;
    private final String extension;
    private final Supplier<ExchangeWriter> writer;

    ExportFormat(String code, String mediaType, String extension, Supplier<ExchangeWriter> writer) {
        this.code = code;
        this.mediaType = mediaType;
        this.extension = extension;
        this.writer = writer;
    }

    /** The code the API takes, e.g. {@code csv-zip}. */
    public String code() {
        return code;
    }

    /** The media type of the file, e.g. {@code application/zip}. */
    public String mediaType() {
        return mediaType;
    }

    /** The end of the file's name after the dot, e.g. {@code zip} or {@code kumu.json}. */
    public String extension() {
        return extension;
    }

    /**
     * The name of the file exported from an area on a day: {@code <area-id>-map-<yyyy-MM-dd>.<extension>},
     * e.g. {@code york-map-2026-03-01.graphml}, the date in London.
     */
    public String fileName(String areaId, Instant at) {
        return areaId + "-map-" + LocalDate.ofInstant(at, ZONE) + "." + extension;
    }

    ExchangeWriter writer() {
        return writer.get();
    }

    /** The format with this code, ignoring case and surrounding spaces; empty when there is none. */
    public static Optional<ExportFormat> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst();
    }

    /** Every code, in order, e.g. for an error message: "json, graphml, gexf, csv-zip, kumu-xlsx, kumu-json". */
    public static String codes() {
        return Arrays.stream(values()).map(ExportFormat::code).collect(Collectors.joining(", "));
    }
}

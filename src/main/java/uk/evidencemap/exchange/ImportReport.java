package uk.evidencemap.exchange;

import java.util.List;
import java.util.Map;

/**
 * What an import did, or would do on a dry run: the API's report (API.md, POST .../import).
 *
 * @param created  nodes and relationships created (or that would be), with counts by type
 * @param skipped  every row not imported, with its reason, in file order
 * @param mapped   how each type word of the file was taken: file type to node type label
 * @param matched  elements that joined a node already on the map (same type and name): their
 *                 connections are added to that node, its fields are not changed
 * @param loops    feedback loops among the imported influences: elementary cycles of at most 12 influences, as the
 *                 Feedback loops tab counts them, counted up to {@link #LOOPS_COUNTED}
 * @param warnings what was read or changed on the way (defaults filled in, fields kept as custom
 *                 fields, the reader's own warnings)
 * @param dryRun   true when nothing was written
 * @param seq      the change-log number of the import (undo takes it back whole); null on a dry run
 */
public record ImportReport(
        Created created,
        List<Skipped> skipped,
        Map<String, String> mapped,
        int matched,
        int loops,
        List<String> warnings,
        boolean dryRun,
        Long seq) {

    /** Loops are counted up to this many; a report of this many means at least this many. */
    public static final int LOOPS_COUNTED = 1000;

    /** Counts of what is created, in total and by type (node type labels, relationship type names). */
    public record Created(
            int nodes, int relationships, Map<String, Integer> nodeTypes, Map<String, Integer> relationshipTypes) {}

    /** A row of the file that is not imported: where it is ("Connections row 12") and why. */
    public record Skipped(String row, String reason) {}

    /** The same report with one more warning at the end. */
    ImportReport warning(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new ImportReport(created, skipped, mapped, matched, loops, List.copyOf(more), dryRun, seq);
    }

    ImportReport written(long changeSeq) {
        return new ImportReport(created, skipped, mapped, matched, loops, warnings, false, changeSeq);
    }
}

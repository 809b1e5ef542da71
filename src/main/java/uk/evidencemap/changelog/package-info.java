/**
 * The change log: every map change and comment, numbered by one sequence across all areas and
 * written in the change's own transaction; reading it (the history API), live delivery of committed
 * changes to open pages on every instance, and the {@code ChangeSteps} port through which pages
 * beneath the map offer undo, redo and restore. Fifth floor: above area.
 */
package uk.evidencemap.changelog;

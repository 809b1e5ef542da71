package uk.evidencemap.analysis;

/** An open, unmitigated barrier on a path, and the node on the path it blocks. */
public record Blocker(Subject barrier, Subject at, String category, int severity) {}

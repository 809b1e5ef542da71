package uk.evidencemap.security;

/** A person's role in one area. */
public enum AreaRole {
    /** Builds the map (local evidence leaders). */
    EDITOR,
    /** Reads the map and comments (management teams). */
    VIEWER
}

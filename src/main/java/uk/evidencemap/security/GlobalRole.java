package uk.evidencemap.security;

/** Roles that hold across every area. Everyone else has only their area memberships. */
public enum GlobalRole {
    /** Everything, including users and areas. */
    ADMIN,
    /** Reads every area, compares and exports; edits nothing. */
    RESEARCHER
}

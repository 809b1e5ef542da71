package uk.evidencemap.security;

/** A user to create; {@code globalRole} may be null (area memberships only). */
public record NewUser(String username, String password, String displayName, GlobalRole globalRole) {}

package uk.evidencemap.analysis;

/** A person in a champions report: id, name and role code. */
public record PersonRef(String id, String name, String role) {}

package uk.evidencemap;

/**
 * A fresh area with an editor and a viewer of it, what most tests of one area start from; made
 * by one call, {@link TestAreas#withUsers()}. The users are real (they sign in with their
 * passwords, in a browser or over HTTP) and are removed with {@link TestUsers#deleteAll()}.
 */
public record AreaWithUsers(String id, String name, TestUsers.Login editor, TestUsers.Login viewer) {}

package uk.evidencemap.security;

/** A token just made: the secret is here once, to be copied, and never again. */
public record NewToken(ApiToken token, String secret) {}

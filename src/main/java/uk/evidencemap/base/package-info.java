/**
 * What every other package may use: the services' exceptions (ValidationException with its
 * Violations, 422 in the API; NotFoundException, 404; VersionConflictException, 409;
 * TemporarilyUnavailableException, 503 with Retry-After), the one rule for text people enter
 * ({@link Text}), RFC 4180 CSV for every download, and in {@code base.api} the API's error body and
 * the handler that turns those exceptions into it. The lowest floor: it depends on no other package
 * of the application.
 */
package uk.evidencemap.base;

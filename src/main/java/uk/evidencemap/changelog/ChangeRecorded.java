package uk.evidencemap.changelog;

/** Published inside the transaction that recorded {@code change}; listeners act after it commits. */
public record ChangeRecorded(Change change) {}

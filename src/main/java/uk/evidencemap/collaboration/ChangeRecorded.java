package uk.evidencemap.collaboration;

/** Published inside the transaction that recorded {@code change}; listeners act after it commits. */
public record ChangeRecorded(Change change) {}

package uk.evidencemap.map;

/**
 * What an import wrote.
 *
 * @param importId             the import's id (the subject of its change-log record)
 * @param seq                  the number of its change-log record, which undo takes back whole
 * @param nodesCreated         nodes created
 * @param nodesUsed            nodes of the draft that stood for nodes already there
 * @param relationshipsCreated relationships created
 */
public record ImportedGraph(String importId, long seq, int nodesCreated, int nodesUsed, int relationshipsCreated) {}

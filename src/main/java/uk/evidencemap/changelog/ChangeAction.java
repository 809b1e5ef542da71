package uk.evidencemap.changelog;

/** What a recorded change did. Map changes can be undone and replayed; comments are only shown. */
public enum ChangeAction {
    NODE_CREATED("added"),
    NODE_UPDATED("changed"),
    NODE_DELETED("deleted"),
    RELATIONSHIP_CREATED("connected"),
    RELATIONSHIP_DELETED("disconnected"),
    /**
     * Many nodes and relationships brought in at once from a file: the record's {@code after}
     * holds them all (taken away again when {@code after} is null and {@code before} holds them).
     */
    MAP_IMPORTED("imported"),
    COMMENT_ADDED("commented on");

    private final String verb;

    ChangeAction(String verb) {
        this.verb = verb;
    }

    /** The past-tense verb of the activity feed: "Ana added Barrier 'Funding'". */
    public String verb() {
        return verb;
    }

    /** True for the changes that make up the map (and so are replayed and can be undone). */
    public boolean changesMap() {
        return this != COMMENT_ADDED;
    }
}

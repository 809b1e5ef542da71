package uk.evidencemap.collaboration;

import java.time.Instant;
import java.util.List;

/** A comment on a node or relationship of an area; {@code mentions} are the area members it names with @. */
public record Comment(
        String id, String areaId, String subjectId, String author, String text, Instant at, List<String> mentions) {}

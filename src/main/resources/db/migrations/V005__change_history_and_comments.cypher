// The change history of every area (issue 6): one (:Change) per change, numbered by one global
// sequence. Taking a number locks the (:ChangeSequence) node until the transaction ends, so the
// numbers become visible in the order they were given, and followers never miss one.
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE INDEX change_area IF NOT EXISTS FOR (c:Change) ON (c.areaId, c.seq);
CREATE INDEX change_subject IF NOT EXISTS FOR (c:Change) ON (c.subjectId);
CREATE CONSTRAINT change_sequence_name IF NOT EXISTS FOR (s:ChangeSequence) REQUIRE s.name IS UNIQUE;
MERGE (s:ChangeSequence {name: 'global'}) ON CREATE SET s.value = 0;
// Comments on nodes and relationships, and what each person has read.
CREATE CONSTRAINT comment_id IF NOT EXISTS FOR (c:Comment) REQUIRE c.id IS UNIQUE;
CREATE INDEX comment_subject IF NOT EXISTS FOR (c:Comment) ON (c.areaId, c.subjectId);
CREATE INDEX comment_read IF NOT EXISTS FOR (r:CommentRead) ON (r.username, r.areaId);

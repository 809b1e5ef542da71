package uk.evidencemap.collaboration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.Text;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.ChangeLog;

/**
 * Discussion threads on the nodes and relationships of an area. Everyone who may see the area
 * may read and post (viewers too: a management team asks its questions here). A comment is
 * recorded in the change log as well, so it reaches every open view and the activity feed. Every
 * method requires that the current user may read the area.
 */
@Service
@Transactional
@PreAuthorize("@access.canRead(#areaId)")
public class CommentService {

    /**
     * Comments from others since the person last opened the thread.
     *
     * @param count     how many (a count, at least 1)
     * @param mentioned whether one of them mentions the person
     */
    public record Unread(int count, boolean mentioned) {}

    static final int MAX_LENGTH = 4000;
    private static final Pattern MENTION = Pattern.compile("@([a-z0-9][a-z0-9._-]{1,39})");

    private final CommentRepository repository;
    private final ChangeLog log;
    private final AreaService areas;

    CommentService(CommentRepository repository, ChangeLog log, AreaService areas) {
        this.repository = repository;
        this.log = log;
        this.areas = areas;
    }

    /**
     * The thread of one node or relationship of the area.
     *
     * @return its comments, oldest first; empty when none, or when there is no such subject
     * @throws NotFoundException when there is no area with this id
     * @throws AccessDeniedException when the current user may not read the area
     */
    @Transactional(readOnly = true)
    public List<Comment> comments(String areaId, String subjectId) {
        areas.require(areaId);
        return repository.of(areaId, subjectId);
    }

    /**
     * Posts a comment on a node or relationship. {@code @username} of an enabled area member (or of
     * an enabled administrator or researcher) is kept as a mention; other @words stay plain text.
     * The thread is marked read for the author, and the comment is recorded in the change log.
     *
     * @param subjectId   the id of a node or relationship of the area, or of any catalogue programme
     * @param subjectName the subject's name as the change log and the activity feed show it; taken
     *                    as given, not checked against the subject
     * @param text        the comment, at most {@value #MAX_LENGTH} characters once leading and
     *                    trailing white space is trimmed ({@link Text#requiredLongText}: characters
     *                    as people count them; control and bidirectional formatting characters
     *                    refused, line breaks and tabs kept)
     * @return the comment as stored, with a new random id, its author and time, and its mentions
     * @throws NotFoundException when there is no area with this id
     * @throws ValidationException when the text is empty, too long or has a refused character, or
     *     when {@code subjectId} is null or names no node or relationship of the area and no
     *     catalogue programme
     * @throws AccessDeniedException when the current user may not read the area
     */
    public Comment post(String areaId, String subjectId, String subjectName, String text) {
        areas.require(areaId);
        List<Violation> violations = new ArrayList<>();
        String body = Text.requiredLongText("text", text, MAX_LENGTH, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (subjectId == null || !repository.subjectExists(areaId, subjectId)) {
            throw new ValidationException(
                    "subject", "there is no node or relationship '" + subjectId + "' in this area");
        }
        Map<String, String> people = repository.people(areaId);
        Set<String> mentions = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll("[.]+$", "");
            if (people.containsKey(name)) {
                mentions.add(name);
            }
        }
        Comment comment = repository.add(new Comment(
                UUID.randomUUID().toString(),
                areaId,
                subjectId,
                log.user(),
                body,
                Instant.now(),
                List.copyOf(mentions)));
        repository.markRead(log.user(), areaId, subjectId, comment.at());
        log.record(
                areaId,
                ChangeAction.COMMENT_ADDED,
                subjectId,
                "Comment",
                subjectName,
                null,
                Map.of("commentId", comment.id(), "text", body, "mentions", comment.mentions()),
                ChangeLog.Link.NONE);
        return comment;
    }

    /**
     * Marks a thread read for the current person, now (they opened it). Neither the area nor the
     * subject is looked up: a mark for one that does not exist is kept and does no harm.
     *
     * @throws AccessDeniedException when the current user may not read the area
     */
    public void markRead(String areaId, String subjectId) {
        repository.markRead(log.user(), areaId, subjectId, Instant.now());
    }

    /**
     * Unread comments per subject for the current person: comments by others since they last
     * opened or posted in each thread. The area is not looked up.
     *
     * @return by subject id, the unread count and whether one mentions them, for the subjects with
     *     any unread; empty when none, or when there is no such area
     * @throws AccessDeniedException when the current user may not read the area
     */
    @Transactional(readOnly = true)
    public Map<String, Unread> unread(String areaId) {
        return repository.unread(log.user(), areaId);
    }

    /**
     * Whom a comment in this area may mention: its enabled members, and every enabled administrator
     * and researcher. The area is not looked up.
     *
     * @return display names (the username when there is none) by username, in username order;
     *     without an area, only the administrators and researchers
     * @throws AccessDeniedException when the current user may not read the area
     */
    @Transactional(readOnly = true)
    public Map<String, String> people(String areaId) {
        return repository.people(areaId);
    }
}

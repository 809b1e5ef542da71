package uk.evidencemap.map;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.VersionConflictException;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.ChangeLog;

/**
 * Carries one change of the log backwards or forwards on the map, for undo, redo and restore
 * ({@link MapHistoryService}): a node or relationship removed or brought back, or fields set back,
 * each refused with {@link StepConflictException} where someone else's later work would be
 * overwritten or duplicated. Runs inside the caller's transaction, which holds the area's lock.
 */
@Component
class ChangeReverter {

    private final MapRepository repository;
    private final MapService map;
    private final ChangeLog log;
    private final ImportContent imports;

    ChangeReverter(MapRepository repository, MapService map, ChangeLog log, ImportContent imports) {
        this.repository = repository;
        this.map = map;
        this.log = log;
        this.imports = imports;
    }

    /** What is being tried, for the first words of a refusal. */
    enum Attempt {
        UNDO("Not undone"),
        REDO("Not redone"),
        RESTORE("Not restored");

        private final String refusal;

        Attempt(String refusal) {
            this.refusal = refusal;
        }
    }

    /**
     * Moves a subject from state {@code from} to state {@code to} (either may be null: created or
     * deleted), refusing where someone has changed it since in a way that would be overwritten. The
     * caller holds the area's lock; the subject's own changes are read after its node is locked too,
     * so no change of it can commit unseen in between.
     */
    Change apply(
            Change change, Map<String, Object> from, Map<String, Object> to, ChangeLog.Link link, Attempt attempt) {
        if (change.action() == ChangeAction.MAP_IMPORTED) {
            if (to == null) {
                imports.remove(change, from, link, attempt.refusal);
            } else {
                imports.bringBack(change, to, link, attempt.refusal);
            }
            map.publishChanged(change.areaId());
            return log.lastOf(change.subjectId()).orElseThrow();
        }
        if (change.isRelationship() && to == null) {
            removeRelationship(change, link, attempt);
        } else if (change.isRelationship()) {
            bringBackRelationship(change, to, link, attempt);
        } else if (to == null) {
            removeNode(change, link, attempt);
        } else if (from == null) {
            bringBackNode(change, to, link, attempt);
        } else {
            revertFields(change, from, to, link, attempt);
        }
        map.publishChanged(change.areaId());
        return log.lastOf(change.subjectId()).orElseThrow();
    }

    /** Others' changes of the change's subject since it that still stand ({@link LaterChanges#byOthers}). */
    private List<Change> othersSince(Change change) {
        return LaterChanges.byOthers(
                log.touching(change.areaId(), change.subjectId(), change.seq()),
                change.subjectId(),
                !change.isRelationship(),
                change.seq(),
                log.user());
    }

    private static StepConflictException conflict(Attempt attempt, Change change, List<Change> others, Object current) {
        String sentence = LaterChanges.sentence(
                attempt.refusal,
                change.subjectId(),
                change.subjectName(),
                !change.isRelationship(),
                others,
                Instant.now());
        return new StepConflictException(sentence, current, others);
    }

    /** Deleting a node again (undoing its creation, redoing its deletion) would lose what others did to it since. */
    private void removeNode(Change change, ChangeLog.Link link, Attempt attempt) {
        Optional<MapNode> current = repository.lock(change.subjectId());
        List<Change> others = othersSince(change);
        if (!others.isEmpty()) {
            throw conflict(attempt, change, others, current.orElse(null));
        }
        map.delete(current.orElseThrow(() -> gone(change, attempt)), link);
    }

    /**
     * Bringing a node back (undoing its deletion, redoing its creation, restoring it) when someone
     * else has touched it since would duplicate what they brought back or lose what they did before
     * deleting it again. Its relationships come back where both ends exist and no relationship of
     * the type joins the two already. Everything is written before anything is recorded, so that
     * the sequence's lock is taken last (decision 016).
     */
    private void bringBackNode(Change change, Map<String, Object> to, ChangeLog.Link link, Attempt attempt) {
        Optional<MapNode> existing = repository.lock(change.subjectId());
        List<Change> others = othersSince(change);
        if (!others.isEmpty()) {
            throw conflict(attempt, change, others, existing.orElse(null));
        }
        if (existing.isPresent()) {
            throw new ValidationException("node", "'" + change.subjectName() + "' is on the map already");
        }
        MapNode restored = repository.restore(ChangeStates.toNode(change.subjectId(), change.areaId(), to));
        List<MapRelationship> relationships = new ArrayList<>();
        for (Map<String, Object> state : ChangeStates.relationships(to)) {
            MapRelationship r = ChangeStates.toRelationship(state);
            boolean endsExist = repository.find(r.from()).isPresent()
                    && repository.find(r.to()).isPresent();
            if (endsExist
                    && !repository.relationshipIdExists(r.id())
                    && repository
                            .relationshipBetween(r.type(), r.from(), r.to())
                            .isEmpty()) {
                relationships.add(
                        repository.createRelationship(r.id(), r.type(), r.areaId(), r.from(), r.to(), r.properties()));
            }
        }
        map.recordCreated(restored, link);
        relationships.forEach(r -> map.recordRelationship(ChangeAction.RELATIONSHIP_CREATED, r, link));
    }

    /** Deleting a relationship again (undoing its creation, redoing its deletion). */
    private void removeRelationship(Change change, ChangeLog.Link link, Attempt attempt) {
        Optional<MapRelationship> existing = repository.findRelationship(change.areaId(), change.subjectId());
        List<Change> others = othersSince(change);
        if (!others.isEmpty()) {
            throw conflict(attempt, change, others, existing.orElse(null));
        }
        MapRelationship relationship = existing.orElseThrow(() -> gone(change, attempt));
        repository.deleteRelationship(change.areaId(), relationship.id());
        map.recordRelationship(ChangeAction.RELATIONSHIP_DELETED, relationship, link);
    }

    /**
     * Making a relationship again (undoing its deletion, redoing its creation): refused, as a new
     * one would be, when it or one of its type between the same nodes (either way round for an
     * undirected type) is there already, or an end has gone; naming the person when that was someone
     * else's doing.
     */
    private void bringBackRelationship(Change change, Map<String, Object> to, ChangeLog.Link link, Attempt attempt) {
        MapRelationship wanted = ChangeStates.toRelationship(to);
        String me = log.user();
        if (repository.relationshipIdExists(wanted.id())) {
            List<Change> others = othersSince(change);
            if (!others.isEmpty()) {
                throw conflict(
                        attempt,
                        change,
                        others,
                        repository
                                .findRelationship(change.areaId(), wanted.id())
                                .orElse(null));
            }
            throw new ValidationException("relationship", "'" + change.subjectName() + "' is there already");
        }
        for (String end : List.of(wanted.from(), wanted.to())) {
            if (repository.find(end).isEmpty()) {
                Optional<Change> deletion = log.lastOf(end)
                        .filter(c -> c.action() == ChangeAction.NODE_DELETED
                                && !c.user().equals(me));
                if (deletion.isPresent()) {
                    throw conflict(attempt, change, List.of(deletion.get()), null);
                }
                throw new ValidationException(
                        "relationship",
                        "cannot bring back '" + change.subjectName() + "': one of its ends has been deleted since");
            }
        }
        Optional<MapRelationship> same = repository.relationshipBetween(wanted.type(), wanted.from(), wanted.to());
        if (same.isPresent()) {
            Optional<Change> made =
                    log.lastOf(same.get().id()).filter(c -> !c.user().equals(me));
            if (made.isPresent()) {
                throw conflict(attempt, change, List.of(made.get()), same.get());
            }
            throw MapService.alreadyRelated(
                    "relationship",
                    wanted.type(),
                    String.valueOf(to.get("fromName")),
                    String.valueOf(to.get("toName")));
        }
        map.recordRelationship(
                ChangeAction.RELATIONSHIP_CREATED,
                repository.createRelationship(
                        wanted.id(), wanted.type(), wanted.areaId(), wanted.from(), wanted.to(), wanted.properties()),
                link);
    }

    /**
     * Setting a node's fields back (or forth again) where no one has changed them since. A field
     * someone else changed is a conflict that names them; one changed some other way (by the same
     * person out of order) is refused as before, saying what it is now.
     */
    private void revertFields(
            Change change, Map<String, Object> from, Map<String, Object> to, ChangeLog.Link link, Attempt attempt) {
        Optional<MapNode> locked = repository.lock(change.subjectId());
        if (locked.isEmpty()) {
            List<Change> others = othersSince(change);
            if (!others.isEmpty()) {
                throw conflict(attempt, change, others, null);
            }
            throw gone(change, attempt);
        }
        MapNode current = locked.get();
        Map<String, Object> fromValues = ChangeStates.properties(from.get("properties"));
        Map<String, Object> toValues = ChangeStates.properties(to.get("properties"));
        fromValues.put("name", from.get("name"));
        toValues.put("name", to.get("name"));
        Set<String> fields = new LinkedHashSet<>(fromValues.keySet());
        fields.addAll(toValues.keySet());
        Map<String, Object> properties = new HashMap<>(current.properties());
        String name = current.name();
        Set<String> changedSince = new LinkedHashSet<>();
        for (String field : fields) {
            Object was = MapNode.comparable(fromValues.get(field));
            Object wanted = MapNode.comparable(toValues.get(field));
            if (Objects.equals(was, wanted)) {
                continue;
            }
            Object now = MapNode.comparable("name".equals(field) ? current.name() : current.property(field));
            if (!Objects.equals(now, was)) {
                changedSince.add(field);
            } else if ("name".equals(field)) {
                name = (String) toValues.get("name");
            } else if (toValues.get(field) == null) {
                properties.remove(field);
            } else {
                properties.put(field, toValues.get(field));
            }
        }
        if (!changedSince.isEmpty()) {
            List<Change> others = othersSince(change).stream()
                    .filter(c -> c.action() == ChangeAction.NODE_UPDATED
                            && LaterChanges.fields(c).stream().anyMatch(changedSince::contains))
                    .toList();
            if (!others.isEmpty()) {
                throw conflict(attempt, change, others, current);
            }
            String field = changedSince.iterator().next();
            Object now = MapNode.comparable("name".equals(field) ? current.name() : current.property(field));
            String by = log.lastOf(current.id()).map(Change::user).orElse("someone");
            throw new VersionConflictException(
                    "'" + current.name() + "' has been changed since (" + label(current, field) + " is now "
                            + (now == null ? "empty" : "'" + now + "'") + ", by " + by
                            + "): going back would overwrite that, so nothing was changed",
                    current);
        }
        map.write(current, name, properties, link);
    }

    private static String label(MapNode node, String field) {
        return "name".equals(field)
                ? "the name"
                : node.type().property(field).map(PropertySpec::label).orElse(field);
    }

    /**
     * The step's subject is gone (deleted since, by the person's own later work or by a step taken
     * before): a conflict with the map as it is now (409), not an unknown address.
     */
    private static StepConflictException gone(Change change, Attempt attempt) {
        return new StepConflictException(
                attempt.refusal + ": '" + change.subjectName() + "' is no longer on the map, so that change cannot be "
                        + (attempt == Attempt.UNDO ? "taken back" : "made again"),
                null,
                List.of());
    }
}

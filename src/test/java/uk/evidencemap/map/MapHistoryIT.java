package uk.evidencemap.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestTimes;
import uk.evidencemap.TestUsers;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.VersionConflictException;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.SystemUser;

/** The change log: written with every change, replayed into the same map, undone, redone and restored. */
@IntegrationTest
class MapHistoryIT {

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers users;

    @Autowired
    MapService map;

    @Autowired
    MapHistoryService history;

    @Autowired
    HistoryService log;

    @Autowired
    SystemUser system;

    static final Map<String, Object> STAGE = Map.of("stage", "FULL_IMPLEMENTATION");

    String area;
    String ana;
    String ben;

    @BeforeEach
    void anAreaWithTwoEditors() {
        AreaWithUsers made = testAreas.withUsers();
        area = made.id();
        ana = made.editor().username();
        ben = users.member(area, AreaRole.EDITOR).username();
    }

    @AfterEach
    void tearDown() {
        testAreas.delete(area);
        users.deleteAll();
    }

    private MapNode barrier(String name, long severity) {
        return map.createNode(
                area,
                new NodeDraft(
                        NodeType.BARRIER, name, Map.of("category", "FUNDING", "severity", severity, "status", "OPEN")));
    }

    @Test
    void everyChangeIsRecordedWithWhoWhenWhatBeforeAndAfter() {
        Instant start = Instant.now().minusSeconds(1);
        MapNode funding = users.as(ana, () -> barrier("Short-term funding", 3));
        MapNode epec = users.as(ana, () -> map.createNode(area, new NodeDraft(NodeType.INTERVENTION, "EPEC", STAGE)));
        MapRelationship blocks = users.as(
                ana,
                () -> map.createRelationship(
                        area, new RelationshipDraft(RelationshipType.BLOCKS, funding.id(), epec.id(), Map.of())));
        users.as(ben, () -> map.updateNode(area, funding.id(), new NodeChange(null, Map.of("severity", 5L), 0L)));
        users.as(ben, () -> {
            map.deleteRelationship(area, blocks.id());
            map.deleteNode(area, epec.id(), null);
            return null;
        });

        List<Change> changes = log.since(area, 0);
        assertThat(changes)
                .extracting(Change::action)
                .containsExactly(
                        ChangeAction.NODE_CREATED,
                        ChangeAction.NODE_CREATED,
                        ChangeAction.RELATIONSHIP_CREATED,
                        ChangeAction.NODE_UPDATED,
                        ChangeAction.RELATIONSHIP_DELETED,
                        ChangeAction.NODE_DELETED);
        assertThat(changes).extracting(Change::user).containsExactly(ana, ana, ana, ben, ben, ben);
        assertThat(changes).extracting(Change::seq).isSorted().doesNotHaveDuplicates();
        assertThat(changes).allSatisfy(c -> assertThat(c.at()).isAfter(start).isBeforeOrEqualTo(Instant.now()));
        Change severity = changes.get(3);
        assertThat(severity.before())
                .containsEntry("version", 0)
                .extractingByKey("properties")
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("severity", 3);
        assertThat(severity.after())
                .containsEntry("version", 1)
                .extractingByKey("properties")
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("severity", 5);
        assertThat(changes.get(2).summary()).isEqualTo("connected 'Short-term funding' blocks 'EPEC'");
        assertThat(changes.get(5).before()).containsKey("relationships");
        assertThat(log.since(area, changes.get(3).seq())).hasSize(2);
    }

    @Test
    void aRefusedChangeRecordsNothing() {
        long before = log.since(area, 0).size();
        assertThatThrownBy(() -> map.createNode(area, new NodeDraft(NodeType.BARRIER, "", Map.of("severity", 9L))))
                .isInstanceOf(ValidationException.class);
        assertThat(log.since(area, 0)).hasSize((int) before);
    }

    @Test
    void replayingTheChangeLogGivesBackTheCurrentMapExactly() throws InterruptedException {
        MapNode a = users.as(ana, () -> barrier("Recruitment", 2));
        MapNode b = users.as(
                ana,
                () -> map.createNode(
                        area,
                        new NodeDraft(
                                NodeType.INTERVENTION,
                                "Incredible Years",
                                Map.of("stage", "INSTALLATION", "reach", 40L))));
        MapNode need = users.as(
                ben,
                () -> map.createNode(area, new NodeDraft(NodeType.NEED, "Early language", Map.of("priority", 4L))));
        users.as(
                ben,
                () -> map.createRelationship(
                        area, new RelationshipDraft(RelationshipType.ADDRESSES, b.id(), need.id(), Map.of())));
        users.as(
                ana,
                () -> map.createRelationship(
                        area, new RelationshipDraft(RelationshipType.BLOCKS, a.id(), b.id(), Map.of())));
        Thread.sleep(20);
        Instant middle = Instant.now();
        AreaGraph atMiddle = map.graph(area);
        Thread.sleep(20);
        users.as(
                ana,
                () -> map.updateNode(
                        area,
                        b.id(),
                        new NodeChange(
                                "Incredible Years Preschool",
                                Map.of("stage", "FULL_IMPLEMENTATION", "description", "Groups in two hubs"),
                                null)));
        users.as(ana, () -> map.updateNode(area, a.id(), new NodeChange(null, Map.of("tags", List.of("pilot")), null)));
        users.as(ben, () -> {
            map.deleteNode(area, a.id(), null);
            return null;
        });
        users.as(ben, () -> history.undo(area));
        users.as(ana, () -> map.updateNode(area, need.id(), new NodeChange(null, Map.of("priority", 5L), null)));
        users.as(ana, () -> history.undo(area));
        users.as(ana, () -> history.redo(area));

        assertSameMap(history.graphAt(area, Instant.now()), map.graph(area));
        assertSameMap(history.graphAt(area, middle), atMiddle);
        assertThat(history.graphAt(area, Instant.now().minusSeconds(3600)).nodes())
                .isEmpty();
    }

    static void assertSameMap(AreaGraph replayed, AreaGraph current) {
        assertThat(new HashSet<>(replayed.nodes())).isEqualTo(new HashSet<>(current.nodes()));
        assertThat(new HashSet<>(replayed.relationships())).isEqualTo(new HashSet<>(current.relationships()));
    }

    @Test
    void undoAndRedoWalkFiftyFiveStepsBackAndForthThroughOnesOwnChanges() {
        MapNode node = users.as(ana, () -> barrier("Staff turnover", 1));
        for (int i = 1; i <= 55; i++) {
            String name = "Staff turnover " + i;
            users.as(ana, () -> map.updateNode(area, node.id(), new NodeChange(name, Map.of(), null)));
        }
        for (int i = 0; i < 55; i++) {
            users.as(ana, () -> history.undo(area));
        }
        assertThat(map.node(area, node.id()).orElseThrow().name()).isEqualTo("Staff turnover");
        assertThat(users.as(ana, () -> history.nextUndo(area)))
                .hasValueSatisfying(step -> assertThat(step.summary()).isEqualTo("added Barrier 'Staff turnover'"));
        for (int i = 0; i < 55; i++) {
            users.as(ana, () -> history.redo(area));
        }
        assertThat(map.node(area, node.id()).orElseThrow().name()).isEqualTo("Staff turnover 55");
        assertThatThrownBy(() -> users.as(ana, () -> history.redo(area))).hasMessageContaining("nothing to redo");
        users.as(ana, () -> history.undo(area));
        users.as(ana, () -> map.updateNode(area, node.id(), new NodeChange(null, Map.of("severity", 4L), null)));
        assertThat(users.as(ana, () -> history.nextRedo(area)))
                .as("a new change ends the redo stack")
                .isEmpty();
    }

    @Test
    void undoTakesBackOnlyOnesOwnChangesAndNeverOverwritesSomeoneElsesLaterEdit() {
        MapNode node = users.as(ana, () -> barrier("Culture", 2));
        users.as(ana, () -> map.updateNode(area, node.id(), new NodeChange(null, Map.of("severity", 3L), null)));
        users.as(ben, () -> map.updateNode(area, node.id(), new NodeChange("Organisational culture", Map.of(), null)));
        users.as(ben, () -> history.undo(area));
        assertThatThrownBy(() -> users.as(ben, () -> history.undo(area))).hasMessageContaining("no change of yours");
        users.as(ben, () -> map.updateNode(area, node.id(), new NodeChange("Organisational culture", Map.of(), null)));
        // Ana's undo of her severity change leaves Ben's name alone
        users.as(ana, () -> history.undo(area));
        MapNode now = map.node(area, node.id()).orElseThrow();
        assertThat(now.name()).isEqualTo("Organisational culture");
        assertThat(now.property("severity")).isEqualTo(2L);

        users.as(ana, () -> map.updateNode(area, node.id(), new NodeChange(null, Map.of("severity", 3L), null)));
        users.as(ben, () -> map.updateNode(area, node.id(), new NodeChange(null, Map.of("severity", 5L), null)));
        Change bens = last(ChangeAction.NODE_UPDATED, ben);
        assertThatThrownBy(() -> users.as(ana, () -> history.undo(area)))
                .isInstanceOf(VersionConflictException.class)
                .hasMessage("Not undone: " + ben + " changed 'Organisational culture' (severity) " + at(bens));
        assertThat(map.node(area, node.id()).orElseThrow().property("severity")).isEqualTo(5L);

        users.as(ben, () -> {
            map.deleteNode(area, node.id(), null);
            return null;
        });
        Change deletion = last(ChangeAction.NODE_DELETED, ben);
        assertThatThrownBy(() -> users.as(ana, () -> history.undo(area)))
                .isInstanceOf(VersionConflictException.class)
                .hasMessage("Not undone: " + ben + " changed 'Organisational culture' (severity) " + at(bens)
                        + " and deleted it " + at(deletion));
    }

    // Undo, redo and restore never re-create what someone else made again, nor discard what they did since.

    @Test
    void undoingADeletionDoesNotBringBackARelationshipSomeoneElseMadeAgain() {
        MapNode a = users.as(ana, () -> person("A"));
        MapNode b = users.as(ana, () -> person("B"));
        MapRelationship first = users.as(ana, () -> connect(RelationshipType.COLLABORATES_WITH, a, b));
        users.as(ana, () -> {
            map.deleteRelationship(area, first.id());
            return null;
        });
        users.as(ben, () -> connect(RelationshipType.COLLABORATES_WITH, a, b));
        Change again = last(ChangeAction.RELATIONSHIP_CREATED, ben);

        assertThatThrownBy(() -> users.as(ana, () -> history.undo(area)))
                .isInstanceOf(VersionConflictException.class)
                .hasMessage("Not undone: " + ben + " connected 'A' to 'B' " + at(again));
        assertThat(map.graph(area).relationships()).hasSize(1);
        assertThat(users.as(ana, () -> history.nextUndo(area)))
                .as("still the next step: nothing was undone")
                .hasValueSatisfying(
                        step -> assertThat(step.summary()).isEqualTo("disconnected 'A' collaborates with 'B'"));
    }

    @Test
    void undoingANodesCreationDoesNotDeleteWhatSomeoneElseChangedAndConnectedSince() {
        MapNode acme = users.as(ana, () -> organisation("Acme"));
        MapNode d = users.as(ana, () -> person("D"));
        users.as(
                ben,
                () -> map.updateNode(area, d.id(), new NodeChange(null, Map.of("description", "Runs the hub"), null)));
        Change changed = last(ChangeAction.NODE_UPDATED, ben);
        users.as(ben, () -> connect(RelationshipType.WORKS_FOR, d, acme));
        Change connected = last(ChangeAction.RELATIONSHIP_CREATED, ben);

        assertThatThrownBy(() -> users.as(ana, () -> history.undo(area)))
                .isInstanceOf(VersionConflictException.class)
                .hasMessage("Not undone: " + ben + " changed 'D' (description) " + at(changed)
                        + " and connected it to 'Acme' " + at(connected));
        assertThat(map.node(area, d.id()).orElseThrow().property("description")).isEqualTo("Runs the hub");
        assertThat(map.graph(area).relationships()).hasSize(1);
    }

    @Test
    void changesOthersTookBackThemselvesAndOnesOwnLaterChangesDoNotStandInTheWay() {
        MapNode acme = users.as(ben, () -> organisation("Acme"));
        MapNode d = users.as(ana, () -> person("D"));
        users.as(
                ben,
                () -> map.updateNode(area, d.id(), new NodeChange(null, Map.of("description", "Runs the hub"), null)));
        users.as(ben, () -> history.undo(area));
        users.as(ana, () -> connect(RelationshipType.WORKS_FOR, d, acme));

        users.as(ana, () -> history.undo(area));
        users.as(ana, () -> history.undo(area));

        assertThat(map.node(area, d.id())).isEmpty();
        assertThat(map.graph(area).nodes()).containsExactly(acme);
    }

    @Test
    void redoingARelationshipDoesNotMakeItTwiceWhenSomeoneElseMadeItTheOtherWayRound() {
        MapNode a = users.as(ana, () -> person("A"));
        MapNode b = users.as(ana, () -> person("B"));
        users.as(ana, () -> connect(RelationshipType.COLLABORATES_WITH, a, b));
        users.as(ana, () -> history.undo(area));
        users.as(ben, () -> connect(RelationshipType.COLLABORATES_WITH, b, a));
        Change again = last(ChangeAction.RELATIONSHIP_CREATED, ben);

        assertThatThrownBy(() -> users.as(ana, () -> history.redo(area)))
                .isInstanceOf(VersionConflictException.class)
                .hasMessage("Not redone: " + ben + " connected 'B' to 'A' " + at(again));
        assertThat(map.graph(area).relationships()).hasSize(1);
    }

    @Test
    void redoingADeletionDoesNotDiscardWhatSomeoneElseChangedAndConnectedSince() {
        MapNode acme = users.as(ana, () -> organisation("Acme"));
        MapNode d = users.as(ana, () -> person("D"));
        users.as(ana, () -> {
            map.deleteNode(area, d.id(), null);
            return null;
        });
        users.as(ana, () -> history.undo(area));
        users.as(
                ben,
                () -> map.updateNode(area, d.id(), new NodeChange(null, Map.of("description", "Runs the hub"), null)));
        Change changed = last(ChangeAction.NODE_UPDATED, ben);
        users.as(ben, () -> connect(RelationshipType.WORKS_FOR, d, acme));
        Change connected = last(ChangeAction.RELATIONSHIP_CREATED, ben);

        assertThatThrownBy(() -> users.as(ana, () -> history.redo(area)))
                .isInstanceOf(VersionConflictException.class)
                .hasMessage("Not redone: " + ben + " changed 'D' (description) " + at(changed)
                        + " and connected it to 'Acme' " + at(connected));
        assertThat(map.node(area, d.id())).isPresent();
        assertThat(map.graph(area).relationships()).hasSize(1);
    }

    @Test
    void restoringANodeSomeoneElseBroughtBackIsRefusedNamingThem() {
        MapNode d = users.as(ana, () -> person("D"));
        users.as(ana, () -> {
            map.deleteNode(area, d.id(), null);
            return null;
        });
        Change deletion = last(ChangeAction.NODE_DELETED, ana);
        users.as(ben, () -> history.restore(area, deletion.seq()));
        Change back = last(ChangeAction.NODE_CREATED, ben);

        assertThatThrownBy(() -> users.as(ana, () -> history.restore(area, deletion.seq())))
                .isInstanceOf(VersionConflictException.class)
                .hasMessage("Not restored: " + ben + " brought 'D' back " + at(back));
        assertThat(map.graph(area).nodes()).hasSize(1);
    }

    @Test
    void restoringAnOlderDeletionDoesNotDiscardWhatSomeoneElseDidBeforeDeletingItAgain() {
        MapNode acme = users.as(ana, () -> organisation("Acme"));
        MapNode d = users.as(ana, () -> person("D"));
        users.as(ana, () -> {
            map.deleteNode(area, d.id(), null);
            return null;
        });
        Change first = last(ChangeAction.NODE_DELETED, ana);
        users.as(ben, () -> history.restore(area, first.seq()));
        Change back = last(ChangeAction.NODE_CREATED, ben);
        users.as(
                ben,
                () -> map.updateNode(area, d.id(), new NodeChange(null, Map.of("description", "Runs the hub"), null)));
        Change changed = last(ChangeAction.NODE_UPDATED, ben);
        users.as(ben, () -> connect(RelationshipType.WORKS_FOR, d, acme));
        Change connected = last(ChangeAction.RELATIONSHIP_CREATED, ben);
        users.as(ben, () -> {
            map.deleteNode(area, d.id(), null);
            return null;
        });
        Change second = last(ChangeAction.NODE_DELETED, ben);

        assertThatThrownBy(() -> users.as(ana, () -> history.restore(area, first.seq())))
                .isInstanceOf(VersionConflictException.class)
                .hasMessage("Not restored: " + ben + " brought 'D' back " + at(back) + ", changed it (description) "
                        + at(changed) + ", connected it to 'Acme' " + at(connected) + " and deleted it "
                        + at(second));
        assertThat(map.node(area, d.id())).isEmpty();

        MapNode restored = users.as(ana, () -> history.restore(area, second.seq()));
        assertThat(restored.property("description")).isEqualTo("Runs the hub");
        assertThat(map.graph(area).relationships()).hasSize(1);
    }

    private MapNode person(String name) {
        return map.createNode(area, new NodeDraft(NodeType.PERSON, name, Map.of("role", "PRACTITIONER")));
    }

    private MapNode organisation(String name) {
        return map.createNode(area, new NodeDraft(NodeType.ORGANISATION, name, Map.of("kind", "LOCAL_AUTHORITY")));
    }

    private MapRelationship connect(RelationshipType type, MapNode from, MapNode to) {
        return map.createRelationship(area, new RelationshipDraft(type, from.id(), to.id(), Map.of()));
    }

    /** The newest change of this kind by this person in the area. */
    private Change last(ChangeAction action, String user) {
        return log.since(area, 0).stream()
                .filter(c -> c.action() == action && c.user().equals(user))
                .reduce((older, newer) -> newer)
                .orElseThrow();
    }

    /** When a change was made, as a refusal names it. */
    static String at(Change change) {
        return TestTimes.at(change.at());
    }

    @Test
    void aDeletedNodeComesBackWithItsRelationshipsAndItsOldId() {
        MapNode barrier = users.as(ana, () -> barrier("Funding", 4));
        MapNode one = users.as(ana, () -> map.createNode(area, new NodeDraft(NodeType.INTERVENTION, "EPEC", STAGE)));
        MapNode two =
                users.as(ana, () -> map.createNode(area, new NodeDraft(NodeType.INTERVENTION, "Triple P", STAGE)));
        for (MapNode target : List.of(one, two)) {
            users.as(
                    ana,
                    () -> map.createRelationship(
                            area, new RelationshipDraft(RelationshipType.BLOCKS, barrier.id(), target.id(), Map.of())));
        }
        AreaGraph before = map.graph(area);
        users.as(ben, () -> {
            map.deleteNode(area, barrier.id(), null);
            return null;
        });
        assertThat(map.graph(area).relationships()).isEmpty();
        Change deletion = log.feed(
                        area,
                        new HistoryService.FeedFilter(null, List.of(ChangeAction.NODE_DELETED), null, null, null, 10))
                .getFirst();

        MapNode restored = users.as(ana, () -> history.restore(area, deletion.seq()));

        assertThat(restored.id()).isEqualTo(barrier.id());
        assertSameMap(map.graph(area), before);
        assertThatThrownBy(() -> users.as(ana, () -> history.restore(area, deletion.seq())))
                .hasMessageContaining("is on the map already");
        assertThat(log.since(area, deletion.seq())).extracting(Change::restores).containsOnly(deletion.seq());
    }

    @Test
    void twoEditorsChangingDifferentFieldsAreMergedAndTheSameFieldIsAConflictToChoose() {
        MapNode node = users.as(ana, () -> barrier("Capacity", 2));
        Map<String, Object> base = Map.of("name", "Capacity", "severity", 2L, "description", "");
        users.as(ana, () -> map.updateNode(area, node.id(), new NodeChange(null, Map.of("severity", 4L), 0L)));

        MapNode merged = users.as(
                ben,
                () -> map.updateNode(
                        area,
                        node.id(),
                        new NodeChange(
                                "Staff capacity", Map.of("description", "Health visitors stretched"), 0L, base)));
        assertThat(merged.name()).isEqualTo("Staff capacity");
        assertThat(merged.property("severity")).as("Ana's change kept").isEqualTo(4L);
        assertThat(merged.property("description")).isEqualTo("Health visitors stretched");

        assertThatThrownBy(() -> users.as(
                        ben,
                        () -> map.updateNode(area, node.id(), new NodeChange(null, Map.of("severity", 1L), 0L, base))))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo(ben);
                    assertThat(e.conflicts()).singleElement().satisfies(c -> {
                        assertThat(c.field()).isEqualTo("severity");
                        assertThat(c.theirs()).isEqualTo(4L);
                        assertThat(c.yours()).isEqualTo(1L);
                    });
                });
        assertThat(map.node(area, node.id()).orElseThrow().property("severity")).isEqualTo(4L);
    }
}

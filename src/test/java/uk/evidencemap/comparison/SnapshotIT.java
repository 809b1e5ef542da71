package uk.evidencemap.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.access.AccessDeniedException;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.GlobalRole;

/** Snapshots: on demand, on the schedule, an illustrative history, access, the API and the files. */
@IntegrationTest
class SnapshotIT {

    @LocalServerPort
    int port;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    SnapshotSchedule schedule;

    @Autowired
    ScheduledTaskHolder scheduled;

    @Autowired
    MapService map;

    @Autowired
    TestAreas areas;

    @Autowired
    TestUsers users;

    @AfterEach
    void tearDown() {
        areas.deleteAll();
        users.deleteAll();
    }

    @Test
    void anIllustrativeHistoryIsEightQuarterlySnapshotsMarkedIllustrativeAndARealSnapshotIsNot() {
        String area = areas.create("Ashby");
        areas.map(area).node(NodeType.NEED, "Early language");
        snapshots.recordIllustrativeHistory(List.of(area), 8);
        snapshots.take(List.of(area));

        List<Snapshot> history = snapshots.list(List.of(area));
        List<Snapshot> illustrative = history.stream()
                .filter(s -> s.trigger() == Snapshot.Trigger.DEMO)
                .toList();
        assertThat(illustrative).hasSize(8).allSatisfy(s -> {
            assertThat(s.illustrative()).isTrue();
            assertThat(s.areaName()).isEqualTo("Ashby");
        });
        assertThat(illustrative.getFirst().takenAt())
                .isBefore(illustrative.getLast().takenAt());
        assertThat(illustrative).extracting(Snapshot::takenAt).isSorted().doesNotHaveDuplicates();
        assertThat(history.stream().filter(s -> s.trigger() != Snapshot.Trigger.DEMO))
                .hasSize(1)
                .noneMatch(Snapshot::illustrative);
    }

    @Test
    void aSnapshotOnDemandKeepsTheFiguresOfThatMomentWhileTheMapMovesOn() {
        String area = areas.create();
        map.createNode(area, new NodeDraft(NodeType.NEED, "Need one", Map.of()));
        Snapshot taken = snapshots.take(List.of(area)).getFirst();
        assertThat(taken.trigger()).isEqualTo(Snapshot.Trigger.ON_DEMAND);
        assertThat(taken.takenBy()).isEqualTo("test-admin");
        map.createNode(area, new NodeDraft(NodeType.NEED, "Need two", Map.of()));

        List<Snapshot> kept = snapshots.list(List.of(area));
        assertThat(kept).hasSize(1);
        assertThat(kept.getFirst().metrics()).isEqualTo(taken.metrics());
        assertThat(kept.getFirst().metrics().unmetNeeds()).isEqualTo(1);
        assertThat(kept.getFirst().takenAt()).isEqualTo(taken.takenAt());
    }

    @Test
    void theScheduleRunsMonthlyByDefaultAndSnapshotsEveryArea() {
        assertThat(scheduled.getScheduledTasks())
                .map(t -> t.getTask())
                .filteredOn(t -> t instanceof CronTask)
                .map(t -> ((CronTask) t).getExpression())
                .contains("0 0 2 1 * *");
        String area = areas.create();
        String other = areas.create();
        schedule.takeSnapshots();
        List<Snapshot> taken = snapshots.list(List.of(area));
        assertThat(taken).singleElement().satisfies(s -> {
            assertThat(s.trigger()).isEqualTo(Snapshot.Trigger.SCHEDULED);
            assertThat(s.takenBy()).isEqualTo("system");
        });
        assertThat(snapshots.list(List.of(other)).stream()
                        .filter(s -> s.trigger() == Snapshot.Trigger.SCHEDULED)
                        .map(Snapshot::takenAt))
                .containsExactly(taken.getFirst().takenAt());
    }

    @Test
    void onlyResearchersAndAdministratorsTakeSnapshotsAndOthersSeeOnlyTheirAreas() {
        AreaWithUsers area = areas.withUsers();
        String other = areas.create();
        String editor = area.editor().username();
        assertThatThrownBy(() -> users.as(editor, () -> snapshots.take(List.of(area.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(editor, () -> snapshots.list(List.of(other))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(editor, () -> snapshots.list(List.of(area.id())))).isEmpty();
    }

    @Test
    void theApiListsTakesAndExportsUnderTheSameRules() throws Exception {
        AreaWithUsers first = areas.withUsers("Ashby");
        String second = areas.create("Bexley");
        String both = first.id() + "," + second;
        var researcher = Http.basic(port, users.create(GlobalRole.RESEARCHER));
        var created = researcher.post("/api/compare/snapshots?areas=" + both, Map.of());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().valueStream().map(s -> s.get("areaId").asString()))
                .containsExactly(first.id(), second);

        var editor = Http.basic(port, first.editor());
        assertThat(editor.post("/api/compare/snapshots?areas=" + first.id(), Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(editor.get("/api/compare/snapshots?areas=" + first.id())
                        .body()
                        .valueStream()
                        .map(s -> s.get("areaId").asString())
                        .distinct())
                .containsExactly(first.id());
        assertThat(editor.get("/api/compare/snapshots?areas=" + second).status())
                .isEqualTo(403);

        var csv = researcher.get("/api/compare/export?areas=" + both + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().lines()).hasSize(3).first().asString().startsWith("area_id,area_name,");
        assertThat(csv.headers().get("content-disposition").getFirst())
                .as("named with the day it was made, UK time")
                .contains("evidence-map-comparison-" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                        + ".csv");
        assertThat(researcher.get("/api/compare/export?format=pdf").raw())
                .contains("must be csv, snapshots-csv or xlsx");

        var xlsx = researcher.bytes("/api/compare/export?areas=" + both + "&format=xlsx");
        assertThat(xlsx.getKey()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getValue()))) {
            assertThat(book.getSheet("Comparison").getRow(0).getCell(2).getStringCellValue())
                    .isEqualTo("Ashby");
            assertThat(book.getSheet("Snapshots").getLastRowNum())
                    .as("a heading and the two snapshots taken above")
                    .isEqualTo(2);
            var taken = book.getSheet("Snapshots").getRow(1).getCell(2);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(taken))
                    .as("taken_at is an Excel date")
                    .isTrue();
            assertThat(taken.getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
            book.getSheet("About")
                    .forEach(row -> assertThat(row.getCell(0).getStringCellValue())
                            .as("no repository paths")
                            .doesNotContain("/"));
        }
    }
}

package uk.evidencemap.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.AreaAnalysis;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.AreaSummary;
import uk.evidencemap.comparison.Snapshot;
import uk.evidencemap.comparison.SnapshotService;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeType;

/** The demo data, loaded at start-up into the test database (tests add and remove areas of their own). */
@IntegrationTest
class DemoDataIT {

    @Autowired
    AreaService areas;

    @Autowired
    MapService map;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    AnalysisService analyses;

    private static final List<String> PILOTS = List.of("york", "merton", "stockport", "wirral");

    private List<AreaSummary> pilots() {
        return areas.list().stream().filter(a -> PILOTS.contains(a.id())).toList();
    }

    @Test
    void theFourPilotAreasAreLoadedWithTheirOnsCodes() {
        assertThat(pilots())
                .extracting(AreaSummary::id, AreaSummary::onsCode)
                .containsExactlyInAnyOrder(
                        tuple("york", "E06000014"),
                        tuple("merton", "E09000024"),
                        tuple("stockport", "E08000007"),
                        tuple("wirral", "E08000015"));
    }

    @Test
    void eachAreaIsABelievableSystemOf40To80NodesOfEveryType() {
        for (AreaSummary area : pilots()) {
            assertThat(area.nodeCount()).as(area.name()).isBetween(40L, 80L);
            List<MapNode> nodes = map.graph(area.id()).nodes();
            EnumSet<NodeType> types = EnumSet.noneOf(NodeType.class);
            nodes.forEach(n -> types.add(n.type()));
            assertThat(types).as(area.name()).containsExactlyInAnyOrder(NodeType.values());
            assertThat(nodes)
                    .as(area.name() + " has a local evidence leader")
                    .anyMatch(n -> "LOCAL_EVIDENCE_LEADER".equals(n.property("role")));
            assertThat(nodes)
                    .as(area.name() + " has barriers with and without enablers")
                    .filteredOn(n -> n.type() == NodeType.BARRIER)
                    .hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void yorkReflectsWhatYorkHasSaidAboutItself() {
        List<String> names =
                map.graph("york").nodes().stream().map(MapNode::name).toList();
        assertThat(names)
                .contains(
                        "Huntington Research School",
                        "Early Talk for York",
                        "Low funding base",
                        "Staff turnover in early help and facilitator posts",
                        "Research school partnership",
                        "Evidence leader in the children's DMT");
    }

    /** The analyses' own, leaner read of each pilot (AnalysisIT checks the same on a small map of its own). */
    @Test
    void theAnalysesReadEachPilotAsTheMapDoesAndFindTheSameAsFromTheFullRead() {
        for (String area : PILOTS) {
            AreaGraph full = map.graph(area);
            AnalysisService.Results results = analyses.results(area);
            AreaGraph lean = results.graph();
            assertThat(lean.nodes())
                    .as(area)
                    .extracting(n -> n.id() + " " + n.type() + " " + n.name())
                    .containsExactlyInAnyOrderElementsOf(full.nodes().stream()
                            .map(n -> n.id() + " " + n.type() + " " + n.name())
                            .toList());
            assertThat(lean.relationships())
                    .as(area)
                    .extracting(r -> r.type() + " " + r.from() + " " + r.to())
                    .containsExactlyInAnyOrderElementsOf(full.relationships().stream()
                            .map(r -> r.type() + " " + r.from() + " " + r.to())
                            .toList());
            AreaAnalysis fromFull = new AreaAnalysis(full, results.strongEvidence());
            assertThat(results.gaps()).as(area).isNotEmpty().containsExactlyElementsOf(fromFull.gaps());
            assertThat(results.champions()).as(area).isEqualTo(fromFull.champions());
            assertThat(results.blockedPaths()).as(area).containsExactlyElementsOf(fromFull.blockedPaths());
        }
    }

    @Test
    void theDemoPilotsHaveTwoYearsOfQuarterlyIllustrativeHistory() {
        List<Snapshot> history = snapshots.list(List.of("york"));
        List<Snapshot> demo = history.stream()
                .filter(s -> s.trigger() == Snapshot.Trigger.DEMO)
                .toList();
        assertThat(demo).hasSize(8).allSatisfy(s -> {
            assertThat(s.illustrative()).isTrue();
            assertThat(s.areaName()).isEqualTo("City of York");
        });
        assertThat(demo.getFirst().takenAt()).isBefore(demo.getLast().takenAt());
        assertThat(history.stream().filter(s -> s.trigger() != Snapshot.Trigger.DEMO))
                .noneMatch(Snapshot::illustrative);
    }

    @Test
    void theCatalogueHasTheNamedProgrammesAndEveryRatingSaysWhereItCameFrom() {
        List<MapNode> programmes = catalogue.programmes();
        assertThat(programmes)
                .extracting(MapNode::name)
                .contains(
                        "EPEC: Being a Parent",
                        "Family Foundations",
                        "Triple P: Group Triple P (level 4)",
                        "Resilience Triple P",
                        "Incredible Years Preschool",
                        "Family Nurse Partnership",
                        "Video Interaction Guidance",
                        "Family Group Conferences",
                        "Preparing for Life");
        assertThat(programmes).allSatisfy(p -> {
            assertThat(p.text("ratingSource")).isNotBlank();
            assertThat(p.property("illustrative"))
                    .as(p.name() + " is labelled illustrative")
                    .isEqualTo(true);
        });
    }

    @Test
    void loadingAgainChangesNothing() {
        var before = pilots();
        int programmes = catalogue.programmes().size();
        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(pilots()).isEqualTo(before);
        assertThat(catalogue.programmes()).hasSize(programmes);
        assertThat(Arrays.stream(DemoDataset.AREA_FILES.toArray())).hasSize(4);
    }
}

package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.evidencemap.map.GraphDraft;
import uk.evidencemap.map.MapNode;

/**
 * The rich area written in each export format and planned by the import (no database; the whole
 * way through the API is {@code ExchangeRoundTripIT}): every node and relationship is planned and
 * none skipped; from the product's JSON and CSV zip every node's type, name, properties (with
 * their Java types) and place, and every relationship's properties, are planned as they were.
 */
class RoundTripTest {

    private final RichArea rich = new RichArea("");
    private final ExportedArea area = rich.inMemory();

    private ImportPlanner.Plan plan(ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write(area, out);
        ExchangeGraph read = ImportFormat.of(format.code())
                .reader(ExchangeLimits.DEFAULT)
                .read(new ByteArrayInputStream(out.toByteArray()));
        List<MapNode> catalogue =
                area.graph().nodes().stream().filter(n -> n.areaId() == null).toList();
        return new ImportPlanner(ImportOptions.defaults(), catalogue, List.of()).plan(read, "file");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyNodeAndRelationshipIsPlannedAndTheCatalogueProgrammesAreJoined(ExportFormat format) throws Exception {
        ImportPlanner.Plan plan = plan(format);

        assertThat(plan.report().skipped()).as(format.code()).isEmpty();
        assertThat(plan.report().created().nodes()).isEqualTo(rich.nodes().size());
        assertThat(plan.report().matched()).isEqualTo(rich.programmes().size());
        assertThat(plan.draft().links()).hasSize(rich.links().size());
        assertThat(links(plan, false)).containsExactlyInAnyOrderElementsOf(wantedLinks(false));
    }

    @ParameterizedTest
    @EnumSource(
            value = ExportFormat.class,
            names = {"JSON", "CSV_ZIP"})
    void theProductsOwnFilesArePlannedAsTheMapWas(ExportFormat format) throws Exception {
        ImportPlanner.Plan plan = plan(format);

        for (RichArea.Node want : rich.nodes()) {
            GraphDraft.Node got = plan.draft().nodes().stream()
                    .filter(n -> n.name().equals(want.name()))
                    .findFirst()
                    .orElseThrow();
            assertThat(got.type()).isEqualTo(want.type());
            assertThat(typed(got.properties())).as(want.name()).isEqualTo(typed(want.properties()));
            assertThat(got.x())
                    .as(want.name())
                    .isEqualTo(want.place() == null ? null : want.place().x());
            assertThat(got.y())
                    .as(want.name())
                    .isEqualTo(want.place() == null ? null : want.place().y());
        }
        assertThat(links(plan, true)).containsExactlyInAnyOrderElementsOf(wantedLinks(true));
        assertThat(plan.report().warnings()).isEmpty();
    }

    private static List<String> links(ImportPlanner.Plan plan, boolean properties) {
        Map<String, String> names = new TreeMap<>();
        plan.draft().nodes().forEach(n -> names.put(n.key(), n.name()));
        List<String> links = new ArrayList<>();
        plan.draft()
                .links()
                .forEach(l -> links.add(l.type() + " " + names.get(l.from()) + " > " + names.get(l.to())
                        + (properties ? " " + typed(l.properties()) : "")));
        return links;
    }

    private List<String> wantedLinks(boolean properties) {
        List<String> links = new ArrayList<>();
        rich.links()
                .forEach(l -> links.add(
                        l.type() + " " + l.from() + " > " + l.to() + (properties ? " " + typed(l.properties()) : "")));
        return links;
    }

    /** The properties with each value's Java type, so that 4 and "4" and 4.0 are told apart. */
    private static Map<String, String> typed(Map<String, Object> properties) {
        Map<String, String> typed = new TreeMap<>();
        properties.forEach((key, value) -> typed.put(
                key,
                value instanceof List<?> list ? "List" + list : value.getClass().getSimpleName() + ":" + value));
        return typed;
    }
}

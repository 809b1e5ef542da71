package uk.evidencemap.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule for the size of a map, said the same way on every page (issue 16, finding 8). */
class MapSizeTest {

    @Test
    void theCatalogueProgrammesAreCountedApartAndSaidSo() {
        MapSize york = MapSize.of(List.of("p:EPEC", "n:a", "n:b", "p:FNP", "n:c"), s -> s.startsWith("p:"), 7);
        assertThat(york).isEqualTo(new MapSize(3, 2, 7));
        assertThat(york.nodesWithProgrammes()).isEqualTo(5);
        assertThat(york.describeNodes()).isEqualTo("3 nodes, plus 2 catalogue programmes");
        assertThat(york.describe()).isEqualTo("3 nodes, plus 2 catalogue programmes, and 7 relationships");
        assertThat(new MapSize(61, 1, 1).describe())
                .isEqualTo("61 nodes, plus 1 catalogue programme, and 1 relationship");
        assertThat(new MapSize(1, 0, 0).describe()).isEqualTo("1 node and 0 relationships");
    }
}

package uk.evidencemap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.map.CatalogueService;

@IntegrationTest
class DemoDataLoaderIT {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    AreaService areas;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    TestAreas testAreas;

    String userArea;

    @AfterEach
    void tearDown() {
        testAreas.delete(userArea);
    }

    @Test
    void demoDataNeverGoesIntoADatabaseThatHoldsUserData() {
        userArea = testAreas.create();
        int programmes = catalogue.programmes().size();

        assertThat(loader.loadIfEmpty()).isFalse();

        assertThat(areas.list().stream().filter(a -> a.id().startsWith("york"))).hasSize(1);
        assertThat(catalogue.programmes()).hasSize(programmes);
        assertThat(areas.find(userArea)).isPresent();
    }
}

package uk.evidencemap.area.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.area.AreaSummary;

@IntegrationTest
class AreasViewIT extends SpringBrowserlessTest {

    @Autowired
    TestAreas testAreas;

    String area;

    @BeforeEach
    void createArea() {
        area = testAreas.create();
    }

    @AfterEach
    void deleteArea() {
        testAreas.delete(area);
    }

    @Test
    void choosingAnAreaOpensItsTables() {
        AreasView view = navigate(AreasView.class);
        var grid = test(view.grid);
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).id().equals(area)) {
                row = i;
            }
        }
        assertThat(row).as("the new area is listed").isNotNegative();
        AreaSummary listed = grid.getRow(row);
        assertThat(listed.name()).isEqualTo("Test area " + area);

        grid.clickRow(row);

        assertThat(getCurrentView().getClass().getAnnotation(Route.class))
                .as("the table view (package-private in map.ui)")
                .extracting(Route::value)
                .isEqualTo(AreaNavigation.NODES);
    }
}

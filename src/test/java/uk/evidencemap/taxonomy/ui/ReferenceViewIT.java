package uk.evidencemap.taxonomy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.taxonomy.Cfir;
import uk.evidencemap.taxonomy.EricStrategy;

@IntegrationTest
class ReferenceViewIT extends SpringBrowserlessTest {

    @Test
    void everyCfirConstructCanBeLookedUpByWord() {
        ReferenceView view = navigate(ReferenceView.class);
        var grid = test(view.constructs);
        assertThat(grid.size()).isEqualTo(48 + 19);

        TextField filter =
                find(TextField.class).withAriaLabel("Filter constructs").single();
        test(filter).setValue("funding");

        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(0).code()).isEqualTo("B6");
        assertThat(grid.getRow(1).code()).isEqualTo("C10a");
        assertThat(grid.getCellText(1, 2)).isEqualTo("Available Resources: Funding");
    }

    @Test
    void barrierCategoriesShowTheirCfirMapping() {
        ReferenceView view = navigate(ReferenceView.class);
        var grid = test(view.barrierCategories);
        assertThat(grid.size()).isEqualTo(7);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Funding");
        assertThat(grid.getCellText(0, 3))
                .isEqualTo(
                        "C10a " + Cfir.get().path(Cfir.get().construct("C10a").orElseThrow())
                                + "; B6 Outer Setting: Financing");
    }

    @Test
    void theEricStrategiesCanBeLookedUpByNameClusterOrWord() {
        ReferenceView view = navigate(ReferenceView.class);
        var grid = test(view.strategies);
        assertThat(grid.size()).isEqualTo(73);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Access new funding");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Utilize financial strategies");

        TextField filter =
                find(TextField.class).withAriaLabel("Filter strategies").single();
        test(filter).setValue("champion");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0)).isEqualTo(EricStrategy.IDENTIFY_AND_PREPARE_CHAMPIONS);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Develop stakeholder interrelationships");

        test(filter).setValue("change infrastructure");
        assertThat(grid.size()).isEqualTo(8);
    }
}

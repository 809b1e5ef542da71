package uk.evidencemap.taxonomy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.evidencemap.taxonomy.EricStrategy;

/** The ERIC implementation strategies over HTTP, for anyone signed in (reference data, the same for every area). */
@RestController
@RequestMapping("/api/strategies")
@Tag(name = "Reference data", description = "The lists the product's codes come from")
class StrategyController {

    /**
     * One strategy.
     *
     * @param code        its stable code, what an enabler's {@code ericStrategies} holds
     * @param name        its exact published name
     * @param cluster     the code of its cluster (Waltz et al. 2015)
     * @param clusterName the cluster's published name
     * @param definition  a short definition in Evidence Map's own words
     * @param source      where the name and cluster come from
     */
    record StrategyJson(
            String code, String name, String cluster, String clusterName, String definition, String source) {

        static StrategyJson of(EricStrategy strategy) {
            return new StrategyJson(
                    strategy.code(),
                    strategy.label(),
                    strategy.cluster().code(),
                    strategy.cluster().label(),
                    strategy.definition(),
                    EricStrategy.SOURCE);
        }
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "The 73 ERIC implementation strategies (Powell et al. 2015) with their clusters, in"
                    + " alphabetical order")
    List<StrategyJson> strategies() {
        return Arrays.stream(EricStrategy.values()).map(StrategyJson::of).toList();
    }
}

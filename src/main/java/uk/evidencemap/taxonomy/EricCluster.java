package uk.evidencemap.taxonomy;

import java.util.Arrays;
import java.util.List;

/**
 * The nine clusters into which implementation experts sorted the 73 ERIC strategies ({@link
 * EricStrategy}), with their published names: Waltz TJ, Powell BJ, Matthieu MM, et al. Use of
 * concept mapping to characterize relationships among implementation strategies and assess their
 * feasibility and importance: results from the Expert Recommendations for Implementing Change (ERIC)
 * study. Implementation Science 2015;10:109, Table 1.
 */
public enum EricCluster implements Coded {
    USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES("Use evaluative and iterative strategies"),
    PROVIDE_INTERACTIVE_ASSISTANCE("Provide interactive assistance"),
    ADAPT_AND_TAILOR_TO_CONTEXT("Adapt and tailor to context"),
    DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS("Develop stakeholder interrelationships"),
    TRAIN_AND_EDUCATE_STAKEHOLDERS("Train and educate stakeholders"),
    SUPPORT_CLINICIANS("Support clinicians"),
    ENGAGE_CONSUMERS("Engage consumers"),
    UTILIZE_FINANCIAL_STRATEGIES("Utilize financial strategies"),
    CHANGE_INFRASTRUCTURE("Change infrastructure");

    /** Where the clusters and their names come from. */
    public static final String SOURCE = "Waltz TJ, Powell BJ, Matthieu MM, et al. Use of concept mapping to"
            + " characterize relationships among implementation strategies and assess their feasibility and"
            + " importance: results from the Expert Recommendations for Implementing Change (ERIC) study."
            + " Implementation Science 2015;10:109";

    private final String label;

    EricCluster(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    /** The cluster's published name, e.g. "Develop stakeholder interrelationships". */
    @Override
    public String label() {
        return label;
    }

    /** The strategies of this cluster, in the order of {@link EricStrategy} (alphabetical). */
    public List<EricStrategy> strategies() {
        return Arrays.stream(EricStrategy.values())
                .filter(s -> s.cluster() == this)
                .toList();
    }
}

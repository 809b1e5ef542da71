package uk.evidencemap.exchange;

import java.util.Map;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.taxonomy.BarrierCategory;
import uk.evidencemap.taxonomy.EnablerCategory;
import uk.evidencemap.taxonomy.EvidenceKind;
import uk.evidencemap.taxonomy.ImplementationStage;
import uk.evidencemap.taxonomy.OrganisationKind;
import uk.evidencemap.taxonomy.PersonRole;

/**
 * The values an import gives a required property the file leaves out, each named in the import
 * report so that the person importing can correct them (decision 018): the "other" code where the
 * enumeration has one, the middle of a 1-5 scale, an intervention at exploration, evidence as local
 * data.
 */
final class Defaults {

    private static final Map<NodeType, Map<String, Object>> VALUES = Map.of(
            NodeType.PERSON, Map.of("role", PersonRole.OTHER.code()),
            NodeType.ORGANISATION, Map.of("kind", OrganisationKind.OTHER.code()),
            NodeType.INTERVENTION, Map.of("stage", ImplementationStage.EXPLORATION.code()),
            NodeType.BARRIER, Map.of("category", BarrierCategory.OTHER.code(), "severity", 3L),
            NodeType.ENABLER, Map.of("category", EnablerCategory.OTHER.code(), "strength", 3L),
            NodeType.EVIDENCE, Map.of("kind", EvidenceKind.LOCAL_DATA.code()));

    private Defaults() {}

    /** The default of a required property of the type, or null when it has none. */
    static Object of(NodeType type, String key) {
        return VALUES.getOrDefault(type, Map.of()).get(key);
    }
}

package uk.evidencemap.benchmark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.neo4j.driver.Driver;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/**
 * A seeded generator of synthetic local evidence systems that follow the model's rules (every
 * relationship joins the node types its type allows), written straight into Neo4j in batches.
 * The same seed always gives the same maps.
 */
final class SyntheticData {

    /** Share of an area's nodes per type. */
    private static final Map<NodeType, Double> NODE_SHARES = new EnumMap<>(Map.of(
            NodeType.PERSON,
            0.25,
            NodeType.ORGANISATION,
            0.10,
            NodeType.INTERVENTION,
            0.15,
            NodeType.NEED,
            0.10,
            NodeType.BARRIER,
            0.15,
            NodeType.ENABLER,
            0.125,
            NodeType.EVIDENCE,
            0.125));

    /** Share of an area's relationships per type. */
    private static final Map<RelationshipType, Double> RELATIONSHIP_SHARES = new EnumMap<>(Map.ofEntries(
            Map.entry(RelationshipType.WORKS_FOR, 0.085), Map.entry(RelationshipType.COLLABORATES_WITH, 0.20),
            Map.entry(RelationshipType.PARTNERS_WITH, 0.035), Map.entry(RelationshipType.COMMISSIONS, 0.06),
            Map.entry(RelationshipType.DELIVERS, 0.075), Map.entry(RelationshipType.CHAMPIONS, 0.07),
            Map.entry(RelationshipType.LEADS, 0.035), Map.entry(RelationshipType.IMPLEMENTS, 0.035),
            Map.entry(RelationshipType.ADDRESSES, 0.085), Map.entry(RelationshipType.TARGETS, 0.05),
            Map.entry(RelationshipType.INFORMS, 0.05), Map.entry(RelationshipType.BLOCKS, 0.10),
            Map.entry(RelationshipType.MITIGATES, 0.055), Map.entry(RelationshipType.SUPPORTS, 0.065)));

    private static final String[] ROLES = {
        "COMMISSIONER",
        "DMT_MEMBER",
        "SERVICE_MANAGER",
        "PRACTITIONER",
        "PRACTITIONER",
        "PRACTITIONER",
        "PARENT_REPRESENTATIVE",
        "RESEARCHER",
        "OTHER"
    };
    private static final String[] KINDS = {
        "LOCAL_AUTHORITY",
        "FAMILY_HUB",
        "NHS",
        "SCHOOL",
        "EARLY_YEARS",
        "VOLUNTARY_COMMUNITY",
        "POLICE",
        "RESEARCH",
        "OTHER"
    };
    private static final String[] STAGES = {
        "EXPLORATION",
        "INSTALLATION",
        "INITIAL_IMPLEMENTATION",
        "FULL_IMPLEMENTATION",
        "FULL_IMPLEMENTATION",
        "SUSTAINMENT",
        "STOPPED"
    };
    private static final String[] BARRIERS = {
        "FUNDING",
        "STAFF_CAPACITY",
        "CULTURE_AND_LEADERSHIP",
        "LOCAL_IMPLEMENTATION",
        "PARENT_ENGAGEMENT",
        "POLICY_AND_COMMISSIONING",
        "OTHER"
    };
    private static final String[] ENABLERS = {
        "EVIDENCE_RESOURCES",
        "RESEARCH_CHAMPIONS",
        "EVIDENCE_LEADERSHIP",
        "FUNDING_AND_CAPACITY",
        "PARTNERSHIP",
        "WORKFORCE_DEVELOPMENT",
        "FAMILY_VOICE",
        "OTHER"
    };
    private static final String[] EVIDENCE = {
        "SYSTEMATIC_REVIEW",
        "RCT",
        "QUASI_EXPERIMENTAL",
        "OBSERVATIONAL",
        "CASE_STUDY",
        "LOCAL_DATA",
        "USER_VOICE",
        "PRACTITIONER_KNOWLEDGE"
    };
    private static final String[] RATINGS = {"4+", "4", "3+", "3", "2+", "2", "NL2", "UNRATED"};

    private final Driver driver;
    private final Random random;
    private final long seed;
    private final List<String> programmes = new ArrayList<>();

    SyntheticData(Driver driver, long seed) {
        this.driver = driver;
        this.random = new Random(seed);
        this.seed = seed;
    }

    /** The shared catalogue the synthetic areas point at. */
    void catalogue(int size) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = UUID.nameUUIDFromBytes(("programme-" + i).getBytes()).toString();
            programmes.add(id);
            rows.add(Map.of(
                    "id",
                    id,
                    "name",
                    "Synthetic programme " + i,
                    "props",
                    Map.of(
                            "evidenceRating",
                            RATINGS[random.nextInt(RATINGS.length)],
                            "illustrative",
                            true,
                            "ratingSource",
                            "Synthetic benchmark data")));
        }
        driver.executableQuery("""
                        UNWIND $rows AS row
                        CREATE (p:Entity:Programme {id: row.id, name: row.name, version: 0, createdAt: datetime(),
                                updatedAt: datetime()})
                        SET p += row.props""").withParameters(Map.of("rows", rows)).execute();
    }

    /** One area with about {@code nodeCount} nodes and {@code relationshipCount} relationships. */
    void area(String areaId, String name, int nodeCount, int relationshipCount) {
        driver.executableQuery("CREATE (:Area {id: $id, name: $name, region: 'Synthetic', createdAt: datetime()})")
                .withParameters(Map.of("id", areaId, "name", name))
                .execute();
        Map<NodeType, List<String>> ids = new EnumMap<>(NodeType.class);
        for (var share : NODE_SHARES.entrySet()) {
            NodeType type = share.getKey();
            int count = Math.max(2, (int) Math.round(nodeCount * share.getValue()));
            List<Map<String, Object>> rows = new ArrayList<>();
            List<String> typeIds = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                typeIds.add(id);
                rows.add(Map.of("id", id, "name", type.label() + " " + i, "props", properties(type, i)));
            }
            ids.put(type, typeIds);
            for (int from = 0; from < rows.size(); from += 5_000) {
                driver.executableQuery("""
                                UNWIND $rows AS row
                                CREATE (n:Entity:$($label) {id: row.id, name: row.name, version: 0, areaId: $areaId,
                                        createdAt: datetime(), updatedAt: datetime()})
                                SET n += row.props""")
                        .withParameters(Map.of(
                                "rows",
                                rows.subList(from, Math.min(rows.size(), from + 5_000)),
                                "label",
                                type.label(),
                                "areaId",
                                areaId))
                        .execute();
            }
        }
        ids.put(NodeType.PROGRAMME, programmes);
        List<Map<String, Object>> relationships = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var share : RELATIONSHIP_SHARES.entrySet()) {
            RelationshipType type = share.getKey();
            int wanted = (int) Math.round(relationshipCount * share.getValue());
            int made = 0;
            for (int attempt = 0; made < wanted && attempt < wanted * 20; attempt++) {
                List<String> sources =
                        ids.get(type.from().get(random.nextInt(type.from().size())));
                List<String> targets =
                        ids.get(type.to().get(random.nextInt(type.to().size())));
                String from = sources.get(random.nextInt(sources.size()));
                String to = targets.get(random.nextInt(targets.size()));
                String key = type.undirected() && from.compareTo(to) > 0 ? type + to + from : type + from + to;
                if (from.equals(to) || !seen.add(key)) {
                    continue;
                }
                relationships.add(
                        Map.of("id", UUID.randomUUID().toString(), "type", type.name(), "from", from, "to", to));
                made++;
            }
        }
        for (int from = 0; from < relationships.size(); from += 5_000) {
            driver.executableQuery("""
                            UNWIND $rows AS row
                            MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
                            CREATE (a)-[r:$(row.type) {id: row.id, areaId: $areaId, createdAt: datetime()}]->(b)""")
                    .withParameters(Map.of(
                            "rows",
                            relationships.subList(from, Math.min(relationships.size(), from + 5_000)),
                            "areaId",
                            areaId))
                    .execute();
        }
    }

    /**
     * The wider context of an area: {@code factorCount} factors and {@code influenceCount}
     * influences among them, each with a polarity (same or opposite, a few unknown), which form
     * feedback loops. Drawn from its own seeded generator, so the rest of the data set is the same
     * with or without it; the champions graph is untouched (factors are not in it).
     */
    void widerContext(String areaId, int factorCount, int influenceCount) {
        Random own = new Random(seed + areaId.hashCode());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> factors = new ArrayList<>();
        for (int i = 0; i < factorCount; i++) {
            String id =
                    UUID.nameUUIDFromBytes((areaId + "-factor-" + i).getBytes()).toString();
            factors.add(id);
            rows.add(Map.of("id", id, "name", "Factor " + i, "domain", i % 2 == 0 ? "family" : "workforce"));
        }
        driver.executableQuery("""
                        UNWIND $rows AS row
                        CREATE (n:Entity:Factor {id: row.id, name: row.name, domain: row.domain, version: 0,
                                areaId: $areaId, createdAt: datetime(), updatedAt: datetime()})""")
                .withParameters(Map.of("rows", rows, "areaId", areaId))
                .execute();
        List<Map<String, Object>> influences = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] polarities = {"SAME", "SAME", "OPPOSITE", "OPPOSITE", "UNKNOWN"};
        for (int attempt = 0; influences.size() < influenceCount && attempt < influenceCount * 20; attempt++) {
            String from = factors.get(own.nextInt(factors.size()));
            String to = factors.get(own.nextInt(factors.size()));
            if (from.equals(to) || !seen.add(from + to) || seen.contains(to + from)) {
                continue;
            }
            influences.add(Map.of(
                    "id",
                    UUID.nameUUIDFromBytes((areaId + "-influence-" + influences.size()).getBytes())
                            .toString(),
                    "from",
                    from,
                    "to",
                    to,
                    "polarity",
                    polarities[own.nextInt(polarities.length)]));
        }
        driver.executableQuery("""
                        UNWIND $rows AS row
                        MATCH (a:Factor {id: row.from}), (b:Factor {id: row.to})
                        CREATE (a)-[:INFLUENCES {id: row.id, areaId: $areaId, polarity: row.polarity,
                                createdAt: datetime()}]->(b)""")
                .withParameters(Map.of("rows", influences, "areaId", areaId))
                .execute();
    }

    private Map<String, Object> properties(NodeType type, int index) {
        Map<String, Object> p = new HashMap<>();
        switch (type) {
            case PERSON -> p.put("role", index == 0 ? "LOCAL_EVIDENCE_LEADER" : ROLES[random.nextInt(ROLES.length)]);
            case ORGANISATION -> p.put("kind", KINDS[random.nextInt(KINDS.length)]);
            case INTERVENTION -> {
                p.put("stage", STAGES[random.nextInt(STAGES.length)]);
                p.put("reach", (long) random.nextInt(500));
            }
            case NEED -> p.put("priority", (long) (1 + random.nextInt(5)));
            case BARRIER -> {
                p.put("category", BARRIERS[random.nextInt(BARRIERS.length)]);
                p.put("severity", (long) (1 + random.nextInt(5)));
                p.put("status", random.nextDouble() < 0.7 ? "OPEN" : random.nextBoolean() ? "MITIGATED" : "RESOLVED");
            }
            case ENABLER -> {
                p.put("category", ENABLERS[random.nextInt(ENABLERS.length)]);
                p.put("strength", (long) (1 + random.nextInt(5)));
            }
            case EVIDENCE -> {
                p.put("kind", EVIDENCE[random.nextInt(EVIDENCE.length)]);
                p.put("year", (long) (2000 + random.nextInt(26)));
            }
            default -> {}
        }
        return p;
    }
}

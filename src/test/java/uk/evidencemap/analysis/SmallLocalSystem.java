package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestMap;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.security.SystemUser;

/**
 * A small local evidence system, built in a test area through the map service, in which the
 * analyses find something of every kind and every finding can be worked out by hand: every kind
 * of gap, champions, a potential champion, single points of failure and two blocked paths. With
 * three catalogue programmes made for it, which {@link #deleteProgrammes()} removes.
 *
 * <pre>
 * People, organisations and interventions (the champions graph: 10 nodes, 11 links):
 *
 *   Ben Broker --COLLABORATES_WITH-- Ann Leader --WORKS_FOR--> North Council
 *                                    Ann Leader --CHAMPIONS--> Talk groups <--COMMISSIONS-- North Council
 *   Family Hub --DELIVERS--> Talk groups, Parent course
 *   Cara Reid --WORKS_FOR--> Family Hub;  Cara Reid --CHAMPIONS--> Parent course
 *   Cara Reid --COLLABORATES_WITH-- Dee Moss --WORKS_FOR--> Health Clinic --DELIVERS--> Home visits
 *
 * Evidence:
 *   Talk groups (full implementation) IMPLEMENTS Talking Together (3+), ADDRESSES Early language (priority 4);
 *     Talking Together TARGETS Early language
 *   Parent course (initial implementation) IMPLEMENTS Steady Parents (2), ADDRESSES Behaviour (priority 5);
 *     Calm Families (4, illustrative) TARGETS Behaviour
 *   Home visits (installation); Sleep (no priority), which nothing addresses
 *
 * Barriers and enablers:
 *   Short-term grant (FUNDING, 4, open) BLOCKS Talk groups                     nothing mitigates it
 *   Parents not reached (PARENT_ENGAGEMENT, 3, open) BLOCKS Parent course      nothing mitigates it
 *   Budget cut (FUNDING, 5, open) BLOCKS North Council                         Pooled budget (4) MITIGATES it
 *   Staff turnover (STAFF_CAPACITY, 3, open) BLOCKS Family Hub                 Shared rota (3) MITIGATES it
 *   Old waiting list (LOCAL_IMPLEMENTATION, 5, resolved) BLOCKS Parent course
 *   Hub volunteers (2) SUPPORTS Family Hub
 * </pre>
 *
 * The champions graph is made of two triangles (Ann, North Council, Talk groups; Family Hub,
 * Cara Reid, Parent course) and single links, so every pair of its nodes has exactly one
 * shortest path, and a node's betweenness is the share of the C(9,2) = 36 pairs of the other
 * nodes that its removal separates: Cara Reid 18/36 (Dee Moss, Health Clinic and Home visits
 * from the other six), Dee Moss 14/36 (Health Clinic and Home visits from the other seven), Ann
 * Leader 8/36 (Ben Broker from the other eight) and Ben Broker 0. Health Clinic is five
 * relationships from Ann Leader (through Talk groups, Family Hub, Cara Reid and Dee Moss), every
 * other organisation at most two.
 */
public final class SmallLocalSystem {

    private final TestAreas areas;
    private final CatalogueService catalogue;
    private final SystemUser system;
    private final List<String> programmes = new ArrayList<>();

    public SmallLocalSystem(TestAreas areas, CatalogueService catalogue, SystemUser system) {
        this.areas = areas;
        this.catalogue = catalogue;
        this.system = system;
    }

    /** Builds the system in the area (and its three programmes in the catalogue); nodes are known by name. */
    public TestMap build(String areaId) {
        return areas.map(areaId)
                .use(programme("Talking Together", "3+", false))
                .use(programme("Calm Families", "4", true))
                .use(programme("Steady Parents", "2", false))
                .node(NodeType.PERSON, "Ann Leader", "role", "LOCAL_EVIDENCE_LEADER")
                .node(NodeType.PERSON, "Ben Broker", "role", "PARENT_REPRESENTATIVE")
                .node(NodeType.PERSON, "Cara Reid", "role", "PRACTITIONER")
                .node(NodeType.PERSON, "Dee Moss", "role", "PRACTITIONER")
                .node(NodeType.ORGANISATION, "North Council", "kind", "LOCAL_AUTHORITY")
                .node(NodeType.ORGANISATION, "Family Hub", "kind", "FAMILY_HUB")
                .node(NodeType.ORGANISATION, "Health Clinic", "kind", "NHS")
                .node(NodeType.INTERVENTION, "Talk groups", "stage", "FULL_IMPLEMENTATION")
                .node(NodeType.INTERVENTION, "Parent course", "stage", "INITIAL_IMPLEMENTATION")
                .node(NodeType.INTERVENTION, "Home visits", "stage", "INSTALLATION")
                .node(NodeType.NEED, "Early language", "priority", 4)
                .node(NodeType.NEED, "Behaviour", "priority", 5)
                .node(NodeType.NEED, "Sleep")
                .node(NodeType.BARRIER, "Short-term grant", "category", "FUNDING", "severity", 4, "status", "OPEN")
                .node(
                        NodeType.BARRIER,
                        "Parents not reached",
                        "category",
                        "PARENT_ENGAGEMENT",
                        "severity",
                        3,
                        "status",
                        "OPEN")
                .node(NodeType.BARRIER, "Budget cut", "category", "FUNDING", "severity", 5, "status", "OPEN")
                .node(NodeType.BARRIER, "Staff turnover", "category", "STAFF_CAPACITY", "severity", 3, "status", "OPEN")
                .node(
                        NodeType.BARRIER,
                        "Old waiting list",
                        "category",
                        "LOCAL_IMPLEMENTATION",
                        "severity",
                        5,
                        "status",
                        "RESOLVED")
                .node(NodeType.ENABLER, "Pooled budget", "category", "FUNDING_AND_CAPACITY", "strength", 4)
                .node(NodeType.ENABLER, "Shared rota", "category", "WORKFORCE_DEVELOPMENT", "strength", 3)
                .node(NodeType.ENABLER, "Hub volunteers", "category", "FAMILY_VOICE", "strength", 2)
                .link("Ann Leader", RelationshipType.WORKS_FOR, "North Council")
                .link("Ann Leader", RelationshipType.CHAMPIONS, "Talk groups")
                .link("Ann Leader", RelationshipType.COLLABORATES_WITH, "Ben Broker")
                .link("Cara Reid", RelationshipType.WORKS_FOR, "Family Hub")
                .link("Cara Reid", RelationshipType.CHAMPIONS, "Parent course")
                .link("Cara Reid", RelationshipType.COLLABORATES_WITH, "Dee Moss")
                .link("Dee Moss", RelationshipType.WORKS_FOR, "Health Clinic")
                .link("North Council", RelationshipType.COMMISSIONS, "Talk groups")
                .link("Family Hub", RelationshipType.DELIVERS, "Talk groups")
                .link("Family Hub", RelationshipType.DELIVERS, "Parent course")
                .link("Health Clinic", RelationshipType.DELIVERS, "Home visits")
                .link("Talk groups", RelationshipType.IMPLEMENTS, "Talking Together")
                .link("Talk groups", RelationshipType.ADDRESSES, "Early language")
                .link("Talking Together", RelationshipType.TARGETS, "Early language")
                .link("Parent course", RelationshipType.IMPLEMENTS, "Steady Parents")
                .link("Parent course", RelationshipType.ADDRESSES, "Behaviour")
                .link("Calm Families", RelationshipType.TARGETS, "Behaviour")
                .link("Short-term grant", RelationshipType.BLOCKS, "Talk groups")
                .link("Parents not reached", RelationshipType.BLOCKS, "Parent course")
                .link("Budget cut", RelationshipType.BLOCKS, "North Council")
                .link("Pooled budget", RelationshipType.MITIGATES, "Budget cut")
                .link("Staff turnover", RelationshipType.BLOCKS, "Family Hub")
                .link("Shared rota", RelationshipType.MITIGATES, "Staff turnover")
                .link("Old waiting list", RelationshipType.BLOCKS, "Parent course")
                .link("Hub volunteers", RelationshipType.SUPPORTS, "Family Hub");
    }

    /**
     * Builds, in another area, an open barrier of a category and an enabler that mitigates it:
     * what the analyses suggest to an area blocked by a barrier of the same category.
     */
    public TestMap help(String areaId, String enabler, int strength, String barrier, String category) {
        return areas.map(areaId)
                .node(NodeType.BARRIER, barrier, "category", category, "severity", 3, "status", "OPEN")
                .node(NodeType.ENABLER, enabler, "category", "OTHER", "strength", strength)
                .link(enabler, RelationshipType.MITIGATES, barrier);
    }

    /** Removes the catalogue programmes made here. */
    public void deleteProgrammes() {
        programmes.forEach(areas::deleteProgramme);
        programmes.clear();
    }

    private MapNode programme(String name, String rating, boolean illustrative) {
        MapNode made = system.call(() -> catalogue.create(
                name, Map.of("evidenceRating", rating, "illustrative", illustrative, "ratingSource", "Test")));
        programmes.add(made.id());
        return made;
    }
}

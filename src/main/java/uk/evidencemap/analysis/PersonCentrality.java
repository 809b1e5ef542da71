package uk.evidencemap.analysis;

import java.util.List;

/**
 * How much of an area's system runs through one person.
 *
 * @param betweenness          Brandes betweenness, normalised by 2/((n-1)(n-2)) for the undirected
 *                             graph of people, organisations and interventions
 * @param organisationsBridged distinct organisations the person works for or whose people they
 *                             collaborate with
 * @param champions            what they CHAMPION or LEAD
 * @param potential            high brokerage but champion and lead nothing yet
 */
public record PersonCentrality(
        PersonRef person, double betweenness, int organisationsBridged, List<Subject> champions, boolean potential) {

    public PersonCentrality {
        champions = List.copyOf(champions);
    }
}

package uk.evidencemap.analysis;

import java.util.List;

/** People by betweenness, descending, and the single points of failure. */
public record ChampionReport(List<PersonCentrality> people, List<SinglePointOfFailure> singlePointsOfFailure) {

    public ChampionReport {
        people = List.copyOf(people);
        singlePointsOfFailure = List.copyOf(singlePointsOfFailure);
    }
}

package uk.evidencemap.analysis;

/**
 * A single point of failure: an intervention with one champion ({@code ONLY_CHAMPION}: subject is
 * the intervention, person its only champion) or a person whose removal disconnects the network
 * ({@code CUT_POINT}: subject and person are that person).
 */
public record SinglePointOfFailure(Kind kind, Subject subject, PersonRef person, String reason) {

    public enum Kind {
        ONLY_CHAMPION,
        CUT_POINT
    }
}

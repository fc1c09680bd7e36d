package id.go.kinerja.systemtest.browser;

import java.util.UUID;

/** Sekretaris: the meetings with the team (A2 / B2), the review of the recap (A10 / B8). */
final class Sekretaris extends DemoPerson {

    Sekretaris(Web web) {
        super(web, "sekretaris.disdagtrans");
    }

    /** A2: the meeting that briefs the team. Through the API until {@code /sekretaris} has the meeting's form. */
    void holdsTheCollectionMeeting(UUID roundId) {
        web.api().secretaryHoldsTheCollectionMeeting(roundId);
    }
}

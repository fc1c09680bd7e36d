package id.go.kinerja.collection.round;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.kinerja.platform.problem.Conflict;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A round's own rules: open for data until its recap is submitted, then where its recap is, one SOP step at a time. */
class CollectionRoundTest {

    @Test
    void aNewRoundIsOpenForItsDataAndBudget() {
        CollectionRound round = firstQuarter();

        assertEquals(RoundStatus.OPEN, round.status());
        assertDoesNotThrow(round::requireBudgetChangeable);
    }

    @Test
    void theRoundFollowsItsRecapThroughSubmissionReturnApprovalAndSeal() {
        CollectionRound round = firstQuarter();

        for (RoundStatus next : new RoundStatus[] {RoundStatus.SUBMITTED, RoundStatus.RETURNED, RoundStatus.SUBMITTED,
                RoundStatus.APPROVED, RoundStatus.ARCHIVED}) {
            round.followRecap(next);
            assertEquals(next, round.status());
        }
    }

    @Test
    void aRecapReturnedOnlyToMeasurementMayTakeTheRoundToApprovalDirectly() {
        CollectionRound round = at(RoundStatus.RETURNED);

        round.followRecap(RoundStatus.APPROVED);

        assertEquals(RoundStatus.APPROVED, round.status());
    }

    @Test
    void nothingTakesARoundBackToOpen() {
        for (RoundStatus status : new RoundStatus[] {RoundStatus.OPEN, RoundStatus.SUBMITTED, RoundStatus.RETURNED,
                RoundStatus.APPROVED}) {
            CollectionRound round = at(status);
            Conflict refused = assertThrows(Conflict.class, () -> round.followRecap(RoundStatus.OPEN));
            assertEquals("Round 2025 Q1 is " + status + ": it cannot become OPEN", refused.getMessage());
            assertEquals(status, round.status());
        }
    }

    @Test
    void aRoundSkipsNoStepOfTheSop() {
        assertRefused(RoundStatus.OPEN, RoundStatus.RETURNED);
        assertRefused(RoundStatus.OPEN, RoundStatus.APPROVED);
        assertRefused(RoundStatus.OPEN, RoundStatus.ARCHIVED);
        assertRefused(RoundStatus.SUBMITTED, RoundStatus.SUBMITTED);
        assertRefused(RoundStatus.SUBMITTED, RoundStatus.ARCHIVED);
        assertRefused(RoundStatus.RETURNED, RoundStatus.RETURNED);
        assertRefused(RoundStatus.RETURNED, RoundStatus.ARCHIVED);
        assertRefused(RoundStatus.APPROVED, RoundStatus.SUBMITTED);
        assertRefused(RoundStatus.APPROVED, RoundStatus.RETURNED);
    }

    @Test
    void aSealedRoundStaysSealed() {
        for (RoundStatus next : RoundStatus.values()) {
            assertRefused(RoundStatus.ARCHIVED, next);
        }
    }

    @Test
    void theBudgetRealisationIsReadOnlyWhileTheRecapIsUnderReviewAndOnceApproved() {
        for (RoundStatus status : new RoundStatus[] {RoundStatus.SUBMITTED, RoundStatus.APPROVED, RoundStatus.ARCHIVED}) {
            Conflict refused = assertThrows(Conflict.class, at(status)::requireBudgetChangeable);
            assertEquals(409, refused.status());
            assertEquals("The recap of round 2025 Q1 is " + status + ": its budget realisation is read-only",
                    refused.getMessage());
        }
        assertDoesNotThrow(at(RoundStatus.RETURNED)::requireBudgetChangeable);
    }

    private static void assertRefused(RoundStatus from, RoundStatus to) {
        CollectionRound round = at(from);
        Conflict refused = assertThrows(Conflict.class, () -> round.followRecap(to), from + " -> " + to);
        assertEquals(409, refused.status());
        assertEquals(from, round.status());
    }

    private static CollectionRound firstQuarter() {
        return CollectionRound.open("AG-UNIT", 2025, 1, UUID.randomUUID(), "head@ag-unit");
    }

    /** A round brought to the status along the SOP's own path. */
    private static CollectionRound at(RoundStatus status) {
        CollectionRound round = firstQuarter();
        switch (status) {
            case OPEN -> {
            }
            case SUBMITTED -> round.followRecap(RoundStatus.SUBMITTED);
            case RETURNED -> {
                round.followRecap(RoundStatus.SUBMITTED);
                round.followRecap(RoundStatus.RETURNED);
            }
            case APPROVED -> {
                round.followRecap(RoundStatus.SUBMITTED);
                round.followRecap(RoundStatus.APPROVED);
            }
            case ARCHIVED -> {
                round.followRecap(RoundStatus.SUBMITTED);
                round.followRecap(RoundStatus.APPROVED);
                round.followRecap(RoundStatus.ARCHIVED);
            }
        }
        return round;
    }
}

package id.go.kinerja.collection.recap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.collection.round.RoundStatus;
import id.go.kinerja.platform.problem.Conflict;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The recap's transitions along SOP A9-A12, each refusing what the SOP does not allow, with the round following. */
class RecapTest {

    private static final Instant AT = Instant.parse("2025-04-10T03:00:00Z");

    @Test
    void theFirstSubmissionIsRevisionOneAndTheRoundFollows() {
        Recap recap = submitted();

        assertEquals(RecapStatus.SUBMITTED, recap.status());
        assertEquals(1, recap.currentRevision());
        assertEquals(RoundStatus.SUBMITTED, recap.round.status());
        assertNull(recap.approval());
        assertNull(recap.archive());
    }

    @Test
    void aRevisionUnderReviewIsNotSubmittedAgain() {
        Recap recap = submitted();

        Conflict refused = assertThrows(Conflict.class, recap::resubmit);

        assertEquals(409, refused.status());
        assertEquals("The recap of round 2025 Q1 was submitted as revision 1 and awaits the Secretary's review",
                refused.getMessage());
        assertEquals(1, recap.currentRevision());
    }

    @Test
    void aReturnedRecapIsSubmittedAgainAsTheNextRevision() {
        Recap recap = submitted();
        recap.returned();
        assertEquals(RoundStatus.RETURNED, recap.round.status());

        recap.resubmit();

        assertEquals(RecapStatus.SUBMITTED, recap.status());
        assertEquals(2, recap.currentRevision());
        assertEquals(RoundStatus.SUBMITTED, recap.round.status());
    }

    @Test
    void onlyARevisionUnderReviewIsReturned() {
        Recap returned = submitted();
        returned.returned();
        assertFalse(returned.awaitsReview());
        assertRefused(returned::returned, returned, "returned");

        Recap approved = approved();
        assertFalse(approved.awaitsReview());
        assertRefused(approved::returned, approved, "returned");
    }

    @Test
    void aRecapReturnedOnlyToMeasurementMayBeApprovedWithoutAResubmission() {
        Recap recap = submitted();
        recap.returned();
        assertTrue(recap.awaitsApproval());

        recap.approved("secretary@ag-unit", AT, "Disetujui");

        assertEquals(RecapStatus.APPROVED, recap.status());
        assertEquals(RoundStatus.APPROVED, recap.round.status());
        assertEquals(new RecapView.Approval("secretary@ag-unit", AT, "Disetujui"), recap.approval());
    }

    @Test
    void anApprovedRecapIsFinal() {
        Recap recap = approved();

        Conflict resubmission = assertThrows(Conflict.class, recap::resubmit);
        assertEquals("The recap of round 2025 Q1 is APPROVED: there is nothing more to submit", resubmission.getMessage());
        assertFalse(recap.awaitsApproval());
        assertRefused(() -> recap.approved("secretary@ag-unit", AT, "Lagi"), recap, "approved");
        assertEquals("Disetujui", recap.approval().note());
        assertEquals(1, recap.currentRevision());
    }

    @Test
    void onlyAnApprovedRecapIsSealed() {
        Recap recap = submitted();
        assertRefused(() -> recap.archived("ARS-1", "ab".repeat(32), 7L, AT), recap, "archived");
        assertNull(recap.archive());

        recap.approved("secretary@ag-unit", AT, null);
        recap.archived("ARS-1", "ab".repeat(32), 7L, AT);

        assertEquals(RecapStatus.ARCHIVED, recap.status());
        assertEquals(RoundStatus.ARCHIVED, recap.round.status());
        assertEquals(new RecapView.Archive("ARS-1", "ab".repeat(32), 7L, AT), recap.archive());
    }

    @Test
    void aSealedRecapTakesNoFurtherStep() {
        Recap recap = approved();
        recap.archived("ARS-1", "ab".repeat(32), 7L, AT);

        assertFalse(recap.awaitsSeal());
        assertRefused(() -> recap.archived("ARS-2", "cd".repeat(32), 8L, AT), recap, "archived");
        assertRefused(recap::returned, recap, "returned");
        assertRefused(() -> recap.approved("secretary@ag-unit", AT, null), recap, "approved");
        Conflict resubmission = assertThrows(Conflict.class, recap::resubmit);
        assertEquals("The recap of round 2025 Q1 is ARCHIVED: there is nothing more to submit", resubmission.getMessage());
        assertEquals("ARS-1", recap.archive().archiveId());
    }

    private static void assertRefused(Runnable transition, Recap recap, String what) {
        RecapStatus before = recap.status();
        RoundStatus roundBefore = recap.round.status();
        Conflict refused = assertThrows(Conflict.class, transition::run);
        assertEquals(409, refused.status());
        assertEquals("Recap " + recap.id + " of round 2025 Q1 is " + before + ": it cannot be " + what,
                refused.getMessage());
        assertEquals(Map.of("status", before.name(), "currentRevision", recap.currentRevision()), refused.context());
        assertEquals(before, recap.status());
        assertEquals(roundBefore, recap.round.status());
    }

    private static Recap submitted() {
        return Recap.submitFirst(CollectionRound.open("AG-UNIT", 2025, 1, UUID.randomUUID(), "head@ag-unit"));
    }

    private static Recap approved() {
        Recap recap = submitted();
        recap.approved("secretary@ag-unit", AT, "Disetujui");
        return recap;
    }
}

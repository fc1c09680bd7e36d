package id.go.kinerja.measurement.recap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import id.go.kinerja.platform.problem.Conflict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The recap's transitions through B5-B8 and what it refuses, without a database. */
class RecapTest {

    private static final Instant AT = Instant.parse("2025-04-10T03:15:00Z");
    private static final RecapSubmitted SUBMITTED = sample();

    private final UUID recapId = UUID.randomUUID();

    @Test
    void aFirstRevisionIsTakenAsSubmittedAndNotMeasuredYet() {
        Recap recap = Recap.received(recapId, "DISDAGTRANS", 1, SUBMITTED, AT);

        assertEquals(1, recap.currentRevision);
        assertEquals(0, recap.currentMeasuredRevision);
        assertEquals(2025, recap.year);
        assertEquals(1, recap.quarter);
        assertEquals(SUBMITTED.agencyName(), recap.agencyName);
        assertEquals(1, recap.nextMeasuredRevision());
        assertEquals(new RecapRef("DISDAGTRANS", 2025, 1, recapId, 1), recap.ref());
    }

    @Test
    void aMeasuredRevisionGoesToTheSecretaryOrWaitsForItsMethodologies() {
        Recap recap = measured(1);
        assertEquals(RecapStatus.MEASURED, recap.state);
        assertEquals(1, recap.currentMeasuredRevision);
        assertEquals(new BigDecimal("95.00"), recap.headlineAchievement);

        Recap heldBack = Recap.received(recapId, "DISDAGTRANS", 1, SUBMITTED, AT);
        heldBack.measured(1, false, null, 3, AT);
        assertEquals(RecapStatus.AWAITING_METHODOLOGY, heldBack.state);
        assertEquals(2, heldBack.nextMeasuredRevision());
    }

    @Test
    void aMeasurementMustBeTheNextOfItsRevision() {
        Recap recap = measured(1);

        assertThrows(IllegalStateException.class, () -> recap.measured(1, true, null, 3, AT));
        assertThrows(IllegalStateException.class, () -> recap.measured(3, true, null, 3, AT));
    }

    @Test
    void aNewerRevisionStartsOverAndDropsTheReturnNote() {
        Recap recap = measured(1);
        recap.returned(1, "Perbaiki IKP-02", AT);

        recap.submitted(2, SUBMITTED);

        assertEquals(2, recap.currentRevision);
        assertEquals(0, recap.currentMeasuredRevision);
        assertNull(recap.returnNote);
    }

    @Test
    void aRevisionNotNewerThanTheLatestIsIgnoredAsStale() {
        Recap recap = measured(2);

        Recap.Ignored same = assertThrows(Recap.Ignored.class, () -> recap.submitted(2, SUBMITTED));
        Recap.Ignored older = assertThrows(Recap.Ignored.class, () -> recap.submitted(1, SUBMITTED));

        assertEquals(IgnoredEvents.Reason.STALE_REVISION, same.reason());
        assertEquals("revision 2 was submitted already", older.getMessage());
        assertEquals(2, recap.currentRevision);
        assertEquals(RecapStatus.MEASURED, recap.state);
    }

    @Test
    void anApprovedRevisionIsFrozenForGood() {
        Recap recap = measured(1);
        recap.approved(1, AT);
        assertEquals(RecapStatus.APPROVED, recap.state);
        assertEquals(1, recap.approvedRevision);

        Recap.Ignored newer = assertThrows(Recap.Ignored.class, () -> recap.submitted(2, SUBMITTED));
        assertEquals(IgnoredEvents.Reason.SUPERSEDED, newer.reason());
        assertEquals("revision 1 was approved and is frozen", newer.getMessage());
        assertThrows(IllegalStateException.class, () -> recap.measured(2, true, null, 3, AT));
        assertEquals(1, recap.currentRevision);
    }

    @Test
    void aRevisionIsHeldForTheSopOnlyBeforeItIsMeasured() {
        Recap recap = Recap.received(recapId, "DISDAGTRANS", 1, SUBMITTED, AT);
        recap.held(SUBMITTED, AT);
        assertEquals(RecapStatus.AWAITING_SOP, recap.state);
        assertEquals(SUBMITTED.items().size(), recap.itemCount);
        assertNull(recap.headlineAchievement);
        assertEquals(SUBMITTED.items().size(), recap.heldRevision().items().size());

        recap.measured(1, true, new BigDecimal("95.00"), 3, AT);
        assertNull(recap.heldDocument);
        assertThrows(IllegalStateException.class, recap::heldRevision);
        assertThrows(IllegalStateException.class, () -> recap.held(SUBMITTED, AT));
    }

    @Test
    void theSecretaryDecidesOnlyOnTheMeasuredLatestRevision() {
        Recap recap = measured(2);

        Recap.Ignored stale = assertThrows(Recap.Ignored.class, () -> recap.approved(1, AT));
        assertEquals(IgnoredEvents.Reason.STALE_REVISION, stale.reason());
        assertEquals("the current revision is 2", stale.getMessage());

        recap.returned(2, "Perbaiki IKP-02", AT);
        assertEquals(RecapStatus.RETURNED, recap.state);
        assertEquals("Perbaiki IKP-02", recap.returnNote);

        Recap.Ignored returnedAlready = assertThrows(Recap.Ignored.class, () -> recap.approved(2, AT));
        assertEquals(IgnoredEvents.Reason.SUPERSEDED, returnedAlready.reason());
        assertEquals("the recap is RETURNED", returnedAlready.getMessage());
        assertEquals(RecapStatus.RETURNED, recap.state);
        assertNull(recap.approvedRevision);
    }

    @Test
    void theDispositionAndTheSealReachTheTimelineOnlyForTheLatestRevision() {
        Recap recap = measured(2);
        recap.approved(2, AT);

        assertEquals(2, recap.refAfterReview(2).revision());
        Recap.Ignored stale = assertThrows(Recap.Ignored.class, () -> recap.refAfterReview(1));
        assertEquals(IgnoredEvents.Reason.STALE_REVISION, stale.reason());
        assertEquals("the current revision is 2", stale.getMessage());
    }

    @Test
    void aRemeasureAfterAFixClearsTheReturnNote() {
        Recap recap = measured(1);
        recap.returned(1, "Perbaiki IKP-02", AT);
        recap.requireRemeasurable();

        recap.measured(2, true, new BigDecimal("97.50"), 3, AT);

        assertEquals(RecapStatus.MEASURED, recap.state);
        assertEquals(2, recap.currentMeasuredRevision);
        assertNull(recap.returnNote);
    }

    @Test
    void aRemeasureIsRefusedWhenItCanChangeNothing() {
        Recap measured = measured(3);
        Conflict nothingReturned = assertThrows(Conflict.class, measured::requireRemeasurable);
        assertEquals(409, nothingReturned.status());
        assertEquals("No item of revision 3 was returned to MEASUREMENT; there is nothing to remeasure",
                nothingReturned.getMessage());

        measured.approved(3, AT);
        Conflict frozen = assertThrows(Conflict.class, measured::requireRemeasurable);
        assertEquals("Revision 3 of this recap was approved: its results and methodology versions are frozen",
                frozen.getMessage());
    }

    /** A recap whose given revision was measured once and sent to the Secretary. */
    private Recap measured(int revision) {
        Recap recap = Recap.received(recapId, "DISDAGTRANS", revision, SUBMITTED, AT);
        recap.measured(1, true, new BigDecimal("95.00"), SUBMITTED.items().size(), AT);
        return recap;
    }

    private static RecapSubmitted sample() {
        try (InputStream in = RecapTest.class.getResourceAsStream("/events/recap-submitted-q1.json")) {
            return DocumentJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), RecapSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

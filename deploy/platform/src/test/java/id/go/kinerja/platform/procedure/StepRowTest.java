package id.go.kinerja.platform.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.worktime.StandardTime;
import id.go.kinerja.platform.worktime.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every service's step row does when a step starts and ends, and how a timeline shows it. */
class StepRowTest {

    private static final Actor SECRETARY = new Actor("secretary@agency", "SECRETARY");

    private static final class Row extends StepRow<MeasurementStep> {
        Row(MeasurementStep step) {
            super(MeasurementStep.class);
            open(UUID.randomUUID(), "AGENCY", step, 1);
        }
    }

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.WIB).toInstant();
    }

    @Test
    void aRowKnowsItsStepByTheCatalogueAndWhoDidItOnlyOnceDone() {
        Row row = new Row(MeasurementStep.B2);
        assertEquals(MeasurementStep.B2, row.step());
        assertFalse(row.started());
        assertNull(row.doneBy());

        row.start(wib("2025-03-24T08:00"));
        assertTrue(row.running());
        row.finish(SECRETARY, "{\"summary\":\"ok\"}", wib("2025-03-24T09:00"));
        assertTrue(row.done());
        assertEquals(SECRETARY, row.doneBy());
        assertEquals("{\"summary\":\"ok\"}", row.output());
    }

    @Test
    void anEventStampedBeforeTheStepStartedHereEndsItWhenItStartedNeverBefore() {
        Row row = new Row(MeasurementStep.B9);
        row.start(wib("2025-03-24T10:00"));
        row.finish(SECRETARY, "{}", wib("2025-03-24T09:59"));
        assertEquals(wib("2025-03-24T10:00"), row.endedAt());
    }

    @Test
    void aStepDoneWithoutHavingStartedStartsAndEndsAtOnce() {
        Row row = new Row(MeasurementStep.B8);
        row.finish(SECRETARY, "{}", wib("2025-03-24T10:00"));
        assertEquals(row.startedAt(), row.endedAt());
    }

    @Test
    void theTimelineShowsTheStepAgainstItsStandardTimeAndWhoHoldsItOnlyWhileItRuns() {
        Row row = new Row(MeasurementStep.B2);
        row.start(wib("2025-03-24T08:00"));
        ServiceLevel level = ServiceLevel.of(WorkingCalendar.standard(), StandardTime.minutes(60), row.startedAt(),
                row.endedAt(), wib("2025-03-24T09:30"));
        TimelineStep<String> running = TimelineStep.of(row, StandardTime.minutes(60), level, "SECRETARY", null);
        assertEquals("B2", running.step());
        assertEquals("60m", running.standardTime());
        assertEquals(StepStatus.OVERDUE, running.status());
        assertEquals(5400, running.workingSeconds());
        assertEquals("SECRETARY", running.heldBy());
        assertNull(running.doneBy());
    }
}

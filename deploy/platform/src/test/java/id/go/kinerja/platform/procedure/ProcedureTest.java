package id.go.kinerja.platform.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.platform.worktime.StandardTime;
import id.go.kinerja.platform.worktime.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SOP's order rules and service levels, for both procedures. */
class ProcedureTest {

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.WIB).toInstant();
    }

    @Test
    void theCataloguesFollowTheSop() {
        assertEquals(12, Procedure.COLLECTION.steps().size());
        assertEquals(10, Procedure.MEASUREMENT.steps().size());
        assertEquals(Optional.of(StandardTime.workingDays(2)), CollectionStep.A6.standardTime());
        assertEquals(Optional.of(StandardTime.minutes(90)), MeasurementStep.B8.standardTime());
        assertEquals(Optional.empty(), CollectionStep.A12.standardTime());
        assertEquals(10, CollectionStep.A10.number());
        assertEquals("approval-service", CollectionStep.A11.definition().ownerService());
        assertEquals(Optional.of(CollectionStep.A7), Procedure.COLLECTION.step(" a7"));
        assertEquals(Optional.empty(), Procedure.COLLECTION.step("B7"));
    }

    @Test
    void theEarliestUndoneStepBeforeAStepMustComeFirst() {
        Set<CollectionStep> done = EnumSet.of(CollectionStep.A1, CollectionStep.A2);
        assertEquals(Optional.of(CollectionStep.A3), Procedure.COLLECTION.mustComeFirst(CollectionStep.A6, done::contains));
        done.addAll(EnumSet.range(CollectionStep.A3, CollectionStep.A5));
        assertEquals(Optional.empty(), Procedure.COLLECTION.mustComeFirst(CollectionStep.A6, done::contains));
        assertEquals(Optional.of(MeasurementStep.B1),
                Procedure.MEASUREMENT.mustComeFirst(MeasurementStep.B4, step -> false));
    }

    @Test
    void aStepStartsWhenItsPredecessorsAreDoneAndAReturnRunsEntryToReviewAgain() {
        Set<CollectionStep> done = EnumSet.range(CollectionStep.A1, CollectionStep.A5);
        assertEquals(List.of(CollectionStep.A6),
                Procedure.COLLECTION.startable(step -> done.contains(step) || step == CollectionStep.A1, done::contains));
        assertEquals(List.of(CollectionStep.A6, CollectionStep.A7, CollectionStep.A8, CollectionStep.A9,
                CollectionStep.A10), Procedure.COLLECTION.returnLoop());
        assertEquals(List.of(MeasurementStep.B5, MeasurementStep.B6, MeasurementStep.B7, MeasurementStep.B8),
                Procedure.MEASUREMENT.returnLoop());
    }

    @Test
    void twoWorkingDaysFromFridayAfternoonSkipTheWeekendAndAHoliday() {
        WorkingCalendar calendar = WorkingCalendar.standard().withHolidays(List.of(LocalDate.of(2025, 3, 31)));
        StandardTime twoDays = StandardTime.workingDays(2);
        Instant started = wib("2025-03-28T15:00");
        // Friday 1 h, Monday a holiday, Tuesday 8 h 30, Wednesday 7 h 30: due Wednesday 15:00
        ServiceLevel running = ServiceLevel.of(calendar, twoDays, started, null, wib("2025-04-02T10:00"));
        assertEquals(StepStatus.RUNNING, running.status());
        assertEquals(Duration.ofHours(12), running.workingTime());
        assertEquals(wib("2025-04-02T15:00"), running.deadline());

        ServiceLevel overdue = ServiceLevel.of(calendar, twoDays, started, null, wib("2025-04-03T08:30"));
        assertTrue(overdue.overdue());
        assertEquals(Duration.ofHours(19), overdue.workingTime());

        assertEquals(StepStatus.DONE_ON_TIME,
                ServiceLevel.of(calendar, twoDays, started, wib("2025-04-02T15:00"), wib("2025-04-09T08:00")).status());
        assertEquals(StepStatus.DONE_LATE,
                ServiceLevel.of(calendar, twoDays, started, wib("2025-04-02T15:01"), wib("2025-04-09T08:00")).status());
        assertEquals(StepStatus.RUNNING,
                ServiceLevel.of(calendar, null, started, null, wib("2025-05-02T15:01")).status(), "no standard time");
        assertEquals(StepStatus.NOT_STARTED, ServiceLevel.of(calendar, twoDays, null, null, started).status());
    }
}

package id.go.kinerja.platform.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.platform.worktime.StandardTime;
import id.go.kinerja.platform.worktime.WorkingCalendar;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Standard times per agency and the selection of newly overdue steps, for any service's step records. */
class StepClockTest {

    private static final StepClock CLOCK = new StepClock(WorkingCalendar.standard());

    private record Row(String agencyCode, MeasurementStep step, Instant startedAt, Instant endedAt,
                       Instant overdueReportedAt) implements StepRecord<MeasurementStep> {

        private static final UUID ROUND = UUID.randomUUID();

        // the service-level rules read neither the ids nor the cycle
        @Override
        public UUID id() {
            return UUID.nameUUIDFromBytes((agencyCode + step).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public UUID roundId() {
            return ROUND;
        }

        @Override
        public int cycle() {
            return 1;
        }
    }

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.WIB).toInstant();
    }

    @Test
    void anAgencysOwnStandardTimeReplacesTheSopsAndTheRestStay() {
        Map<MeasurementStep, StandardTime> times = StandardTimeTable.of(Procedure.MEASUREMENT,
                Map.of(MeasurementStep.B2, StandardTime.minutes(30)));
        assertEquals(StandardTime.minutes(30), times.get(MeasurementStep.B2));
        assertEquals(StandardTime.workingDays(1), times.get(MeasurementStep.B5));
        assertEquals(null, times.get(MeasurementStep.B10));
    }

    @Test
    void onlyRunningUnreportedStepsPastTheirAgencysStandardTimeAreNewlyOverdue() {
        Instant friday = wib("2025-03-21T15:50");
        Instant monday = wib("2025-03-24T07:51");
        Row late = new Row("STRICT", MeasurementStep.B2, friday, null, null);
        Row withinSopTime = new Row("LENIENT", MeasurementStep.B2, friday, null, null);
        Row reported = new Row("STRICT", MeasurementStep.B3, wib("2025-03-20T08:00"), null, monday);
        Row ended = new Row("STRICT", MeasurementStep.B4, wib("2025-03-20T08:00"), friday, null);
        Row archive = new Row("STRICT", MeasurementStep.B10, wib("2025-03-01T08:00"), null, null);
        Map<String, Map<MeasurementStep, StandardTime>> agencies = Map.of(
                "STRICT", StandardTimeTable.of(Procedure.MEASUREMENT,
                        Map.of(MeasurementStep.B2, StandardTime.minutes(30))),
                "LENIENT", StandardTimeTable.of(Procedure.MEASUREMENT, Map.of()));

        assertEquals(List.of(late), CLOCK.newlyOverdue(List.of(late, withinSopTime, reported, ended, archive),
                agencies::get, monday));
        assertEquals(StepStatus.RUNNING, CLOCK.levelOf(withinSopTime, agencies.get("LENIENT"), monday).status());
        assertEquals(StepStatus.DONE_LATE, CLOCK.levelOf(ended, agencies.get("STRICT"), monday).status());
    }
}

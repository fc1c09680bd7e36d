package id.go.kinerja.platform.procedure;

import id.go.kinerja.platform.worktime.StandardTime;
import id.go.kinerja.platform.worktime.WorkingCalendar;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Steps measured against their agency's standard times in the working calendar: the service level of one
 * step (timelines, work lists) and the running steps that have just become overdue (the overdue check).
 */
public final class StepClock {

    private final WorkingCalendar calendar;

    public StepClock(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The step's service level now: its working time so far (or in all), deadline and status. */
    public <S extends Enum<S> & ProcedureStep> ServiceLevel levelOf(StepRecord<S> row, Map<S, StandardTime> times,
                                                                    Instant now) {
        return ServiceLevel.of(calendar, times.get(row.step()), row.startedAt(), row.endedAt(), now);
    }

    /**
     * The rows that run past their standard time and were not reported yet, each once however many rows an
     * agency has. The caller marks each reported in the transaction that publishes its {@code StepOverdue}.
     *
     * @param timesOfAgency the standard times of an agency, asked once per agency
     */
    public <S extends Enum<S> & ProcedureStep, R extends StepRecord<S>> List<R> newlyOverdue(
            Collection<R> rows, Function<String, Map<S, StandardTime>> timesOfAgency, Instant now) {
        Map<String, Map<S, StandardTime>> times = new HashMap<>();
        return rows.stream()
                .filter(row -> row.running() && row.overdueReportedAt() == null)
                .filter(row -> levelOf(row, times.computeIfAbsent(row.agencyCode(), timesOfAgency), now).overdue())
                .toList();
    }
}

package id.go.kinerja.platform.procedure;

import id.go.kinerja.platform.worktime.StandardTime;
import id.go.kinerja.platform.worktime.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * A step measured against its standard time in working time: how much working time it took (or has taken so
 * far), when it was due, and so its {@link StepStatus}.
 *
 * @param deadline null when the step has not started or has no standard time
 */
public record ServiceLevel(StepStatus status, Duration workingTime, Instant deadline) {

    /**
     * @param standard null when the step has none: it is never late
     * @param started  null when the step has not started
     * @param ended    null while it runs
     */
    public static ServiceLevel of(WorkingCalendar calendar, StandardTime standard, Instant started, Instant ended,
                                  Instant now) {
        if (started == null) {
            return new ServiceLevel(StepStatus.NOT_STARTED, Duration.ZERO, null);
        }
        Duration workingTime = calendar.workingTimeBetween(started, ended == null ? now : ended);
        boolean late = standard != null && workingTime.compareTo(calendar.workingTimeOf(standard)) > 0;
        Instant deadline = standard == null ? null : calendar.deadline(started, standard);
        StepStatus status;
        if (ended == null) {
            status = late ? StepStatus.OVERDUE : StepStatus.RUNNING;
        } else {
            status = late ? StepStatus.DONE_LATE : StepStatus.DONE_ON_TIME;
        }
        return new ServiceLevel(status, workingTime, deadline);
    }

    public boolean overdue() {
        return status == StepStatus.OVERDUE;
    }
}

package id.go.kinerja.platform.procedure;

/** Where a step stands against its standard time. */
public enum StepStatus {
    /** Its predecessors are not all done yet. */
    NOT_STARTED,
    /** Started, within its standard time (or the step has none). */
    RUNNING,
    /** Started, not done, and past its standard time. */
    OVERDUE,
    DONE_ON_TIME,
    DONE_LATE
}

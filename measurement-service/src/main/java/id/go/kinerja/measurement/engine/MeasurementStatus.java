package id.go.kinerja.measurement.engine;

/**
 * Whether a result carries a number. {@code INCOMPLETE} and {@code NOT_EVALUABLE} are states, not
 * 0 %: they are shown as such and left out of every average (docs/measurement.md 2.4).
 */
public enum MeasurementStatus {
    /** An achievement (capaian) was computed. */
    OK,
    /** A realisation (realisasi) for a quarter up to the period is still missing. */
    INCOMPLETE,
    /** The rules give no meaningful number, e.g. a zero target for a higher-is-better indicator. */
    NOT_EVALUABLE
}

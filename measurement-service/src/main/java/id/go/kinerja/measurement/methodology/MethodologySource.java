package id.go.kinerja.measurement.methodology;

/** Where a methodology version came from. */
public enum MethodologySource {
    /** Set by the SAKIP team (SOP B4). */
    TEAM,
    /** Taken from the plan's hints when the indicator first arrived without a methodology. */
    PLAN_HINTS,
    /** A draft prefilled from the published plan, confirmed by the SAKIP team (SOP B4). */
    PLAN_DRAFT
}

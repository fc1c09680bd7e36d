package id.go.kinerja.platform.audit;

/** Whether what was asked for happened. */
public enum AuditOutcome {
    /** A state change that happened, or a request that changed something and succeeded. */
    DONE,
    /** A request the service refused (4xx): unauthenticated, forbidden, invalid, not found, conflicting. */
    REFUSED
}

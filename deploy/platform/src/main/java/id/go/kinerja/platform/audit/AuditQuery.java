package id.go.kinerja.platform.audit;

import java.time.Instant;

/**
 * What an auditor looks for; every field is optional. {@code from} is inclusive, {@code to} exclusive;
 * {@code action} matches a part of the action, {@code target} its beginning (a recap id finds the
 * decisions on its items too).
 */
public record AuditQuery(Instant from, Instant to, String actor, String action, AuditOutcome outcome, String target,
                         String requestId) {
}

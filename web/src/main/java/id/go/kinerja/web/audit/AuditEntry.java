package id.go.kinerja.web.audit;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.session.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One entry of a service's audit trail (the platform's {@code AuditEntry}), with the service it came from. */
public record AuditEntry(String service, long id, String occurredAt, String actorId, String actorRoles, String action,
                         String target, String outcome, Integer status, String requestId, String detail,
                         boolean agencyUnverified) {

    static AuditEntry of(AuditService service, JsonNode entry) {
        List<String> roles = new ArrayList<>();
        entry.path("actorRoles").forEach(role -> roles.add(Role.indonesianName(role.asText())));
        return new AuditEntry(service.label(), entry.path("id").asLong(), entry.path("occurredAt").asText(null),
                entry.path("actorId").asText(""), String.join(", ", roles), entry.path("action").asText(""),
                entry.path("target").asText(null), entry.path("outcome").asText(""),
                entry.path("status").isNumber() ? entry.path("status").asInt() : null,
                entry.path("requestId").asText(null), entry.path("detail").asText(null),
                entry.path("agencyUnverified").asBoolean(false));
    }

    public boolean refused() {
        return "REFUSED".equals(outcome);
    }

    public String outcomeText() {
        return refused() ? "Ditolak" : "Berhasil";
    }

    /** Newest first across services; the same instant keeps the later entry of one trail first. */
    Instant instant() {
        return occurredAt == null ? Instant.EPOCH : Instant.parse(occurredAt);
    }
}

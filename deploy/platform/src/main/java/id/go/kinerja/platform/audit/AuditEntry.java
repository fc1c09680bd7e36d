package id.go.kinerja.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the audit trail as an auditor reads it. */
@Schema(description = "One entry of the audit trail (jejak audit): who did or tried what, when, and with what result")
public record AuditEntry(
        @Schema(description = "Position in the trail; later entries have larger ids", example = "4711") long id,
        @Schema(description = "When it happened (UTC)", example = "2025-04-14T03:12:45.120Z") Instant occurredAt,
        @Schema(description = "The agency (perangkat daerah) of the actor, or the one a refused token named "
                + "(see agencyUnverified); empty when nobody and no agency could be named", example = "DISDAGTRANS")
        String agencyCode,
        @Schema(description = "The user id (token subject), or 'anonymous' when nobody could be identified",
                example = "secretary@disdagtrans") String actorId,
        @Schema(description = "The roles the actor held", example = "[\"SECRETARY\"]") List<String> actorRoles,
        @Schema(description = "The request (method and path template) or the domain change (an event-like verb)",
                example = "POST /api/approval/recaps/{recapId}/approval") String action,
        @Schema(description = "What it was done to: the path parameters of a request, or the id of the changed thing",
                example = "0b9c8d3e-5a1f-4c2d-9e7b-1f2a3b4c5d6e") String target,
        @Schema(description = "DONE or REFUSED") AuditOutcome outcome,
        @Schema(description = "HTTP status of a request; empty for a domain change", example = "200") Integer status,
        @Schema(description = "State before a domain change") JsonNode before,
        @Schema(description = "State after a domain change") JsonNode after,
        @Schema(description = "Links the entries of one request (X-Request-Id)", example = "6f0c2a8e-93b1-4f57-8d0e-2b6a4c1e9f30")
        String requestId,
        @Schema(description = "Why a request was refused, or a note on the change",
                example = "Your role may not do this") String detail,
        @Schema(description = "True when the agency was read from a token that failed verification (forged, expired, "
                + "wrongly signed): an attempt against the agency by somebody unknown, not an act of the agency")
        boolean agencyUnverified) {
}

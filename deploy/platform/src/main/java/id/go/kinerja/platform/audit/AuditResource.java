package id.go.kinerja.platform.audit;

import id.go.kinerja.platform.api.OpenApiDocument;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail of a service, for the Inspectorate (AUDITOR) and the Head, scoped to their agency; and the
 * refusals that name no agency, for the regency's Inspectorate (REGENCY_AUDITOR).
 * Each service exposes it under its own prefix with a one-line subclass:
 * {@code @Path("/api/approval/audit") public class ApprovalAuditResource extends AuditResource {}}
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.HEAD})
    @Tag(name = "Audit trail", description = "Every change and every refused request (jejak audit)")
    @SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
    @Operation(operationId = "searchAuditTrail",
            summary = "Search the audit trail (jejak audit)",
            description = "Every state change and every refused request of the caller's agency in this service, newest "
                    + "first: who (actor), what (action, target), when, the outcome (DONE or REFUSED with the HTTP status "
                    + "and why), the state before and after a change, and the request id that links the entries of one "
                    + "request. Refusals of tokens that failed verification but named this agency are included, marked "
                    + "agencyUnverified. Read-only for the Inspectorate (Inspektorat, role AUDITOR) and the Head (Kepala).")
    @APIResponse(responseCode = "200", description = "One page of entries")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only AUDITOR and HEAD read the audit trail")
    public PageOf<AuditEntry> search(
            @Parameter(description = "From this instant on (ISO-8601, inclusive)", example = "2025-04-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "Before this instant (ISO-8601, exclusive)", example = "2025-05-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "The actor's user id", example = "secretary@disdagtrans")
            @QueryParam("actor") @Size(max = 200) String actor,
            @Parameter(description = "A part of the action, e.g. a verb or a path", example = "RecapApproved")
            @QueryParam("action") @Size(max = 300) String action,
            @QueryParam("outcome") AuditOutcome outcome,
            @Parameter(description = "The beginning of the target, e.g. a recap id", example = "0b9c8d3e-5a1f-4c2d-9e7b-1f2a3b4c5d6e")
            @QueryParam("target") @Size(max = 300) String target,
            @Parameter(description = "The entries of one request") @QueryParam("requestId") @Size(max = 100) String requestId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        AuditQuery query = new AuditQuery(instant("from", from), instant("to", to), actor, action, outcome, target,
                requestId);
        return trail.search(caller.agencyCode(), query, page, size);
    }

    @GET
    @Path("unattributed")
    @RolesAllowed(Roles.REGENCY_AUDITOR)
    @Tag(name = "Audit trail")
    @SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
    @Operation(operationId = "listUnattributedRefusals",
            summary = "Refusals that name no agency (penolakan tanpa perangkat daerah)",
            description = "Requests this service refused that no agency's trail can hold: without a token, or with a "
                    + "token that names no agency. Newest first. For the regency's Inspectorate (Inspektorat kabupaten, "
                    + "role REGENCY_AUDITOR): they carry no agency's data, only who-knows-who knocked, where and when. "
                    + "Refusals of a token that names an agency are in that agency's trail, marked agencyUnverified.")
    @APIResponse(responseCode = "200", description = "One page of entries")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only REGENCY_AUDITOR reads the refusals of no agency")
    public PageOf<AuditEntry> unattributed(
            @Parameter(description = "From this instant on (ISO-8601, inclusive)", example = "2025-04-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "Before this instant (ISO-8601, exclusive)", example = "2025-05-01T00:00:00Z")
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        AuditQuery query = new AuditQuery(instant("from", from), instant("to", to), null, null, null, null, null);
        return trail.searchUnattributed(query, page, size);
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, PlatformProblem.text("audit.instant", text));
        }
    }
}

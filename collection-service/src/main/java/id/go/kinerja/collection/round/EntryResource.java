package id.go.kinerja.collection.round;

import id.go.kinerja.platform.api.ConditionalRequestsOpenApi;
import id.go.kinerja.platform.api.IfMatch;
import id.go.kinerja.platform.idempotency.Idempotent;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/collection/rounds/{roundId}/entries/{indicatorCode}")
@Tag(name = "Entries", description = "Realisation entries (realisasi) by operators and their cross-check (verifikasi) "
        + "by the division head, SOP A6-A7")
public class EntryResource {

    @Inject
    EntryService entries;

    @PUT
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATION})
    @Operation(operationId = "enterRealisation",
            summary = "Enter the realisation (realisasi) of an indicator for the round's quarter",
            description = "Operators of the indicator's division only. A value for NUMBER / PERCENT indicators, a grade "
                    + "for PREDICATE ones; negatives are refused. May be repeated while the entry is not verified: after "
                    + "a send-back by the division head, or a return to COLLECTION by the Secretary. Read-only once "
                    + "the recap is submitted (until a return), locked once it is approved. If-Match carries the "
                    + "entry's ETag as read (GET the entry first): a stale one is refused (412), so two people never "
                    + "overwrite each other unseen.")
    @APIResponse(responseCode = "400", description = "Negative, wrong kind of value, or unreadable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another division's indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round in the caller's agency, or indicator not in the round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Verified, submitted or locked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EntryView enter(@PathParam("roundId") UUID roundId, @PathParam("indicatorCode") String indicatorCode,
                           @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.REQUIRED, required = true) String ifMatch,
                           @Valid @NotNull EntryInput input) {
        return entries.enter(roundId, indicatorCode, input, IfMatch.of(ifMatch));
    }

    @POST
    @Path("/verification")
    @RolesAllowed(Roles.DIVISION_HEAD)
    @Operation(operationId = "verifyEntry",
            summary = "Verify or send back an entry (verifikasi oleh Kepala Bidang)",
            description = "Division heads of the indicator's division only; nobody verifies a value they entered "
                    + "themselves. SEND_BACK needs a reason, which the operator sees on the entry. With If-Match (the "
                    + "entry's ETag as read), a value changed since is not verified unseen (412).")
    @APIResponse(responseCode = "400", description = "SEND_BACK without a reason, or unreadable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a division head, or another division's indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round in the caller's agency, or indicator not in the round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not entered, already verified, submitted or locked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public EntryView decide(@PathParam("roundId") UUID roundId, @PathParam("indicatorCode") String indicatorCode,
                            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.OPTIONAL) String ifMatch,
                            @Valid @NotNull Verification verification) {
        return entries.decide(roundId, indicatorCode, verification, IfMatch.of(ifMatch));
    }

    @POST
    @Path("/confirmation")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "confirmPushedRealisation",
            summary = "Confirm a pushed realisation (konfirmasi realisasi dari sistem lain)",
            description = "Operators of the indicator's division only. A PROPOSED entry (pushed by an integration, "
                    + "its source shown on the entry) becomes the operator's ENTERED entry as it is, to be verified by "
                    + "the division head. To change the value, enter it instead (PUT). With If-Match (the entry's "
                    + "ETag as read), a value pushed again since is not confirmed unseen (412).")
    @APIResponse(responseCode = "403", description = "Not an operator, or another division's indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round in the caller's agency, or indicator not in the round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not PROPOSED, submitted or locked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public EntryView confirm(@PathParam("roundId") UUID roundId, @PathParam("indicatorCode") String indicatorCode,
                             @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.OPTIONAL) String ifMatch) {
        return entries.confirm(roundId, indicatorCode, IfMatch.of(ifMatch));
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getEntry",
            summary = "Read an entry with its target, the reasons it was sent back or returned, and its history")
    @APIResponse(responseCode = "403", description = "Another division's indicator (operators, division heads)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round in the caller's agency, or indicator not in the round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EntryView get(@PathParam("roundId") UUID roundId, @PathParam("indicatorCode") String indicatorCode) {
        return entries.get(roundId, indicatorCode);
    }
}

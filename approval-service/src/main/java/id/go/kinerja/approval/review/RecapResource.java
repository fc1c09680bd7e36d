package id.go.kinerja.approval.review;

import id.go.kinerja.approval.recap.RecapStatus;
import id.go.kinerja.platform.api.ListParameters;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/approval/recaps")
@Tag(name = "Recaps", description = "Recaps in the approval step: documents, decisions, reviews, disposition, archive reference")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR, Roles.SAKIP_TEAM})
public class RecapResource {

    private final ReviewQueries queries;
    private final Caller caller;

    RecapResource(ReviewQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listRecapsUnderReview",
            summary = "List recaps in the approval step",
            description = "Every recap (rekap) of the caller's agency that reached approval, newest first; filter by "
                    + "status (e.g. APPROVED: waiting for the Head's disposition — disposisi), year (tahun) and quarter (triwulan). "
                    + "sort takes updatedAt, receivedAt, year or quarter; updatedSince and cursor read the recaps changed "
                    + "since, oldest change first (docs/integration.md).")
    @APIResponse(responseCode = "200", description = "One page of recaps")
    @APIResponse(responseCode = "400", description = "Invalid paging, filter, sort, updatedSince or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read recaps")
    public PageOf<RecapSummary> list(
            @QueryParam("status") RecapStatus status,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("quarter") @Min(1) @Max(4) Integer quarter,
            @Valid @BeanParam ListParameters window,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return queries.list(caller.agencyCode(), status, year, quarter, window, page, size);
    }

    @GET
    @Path("/{recapId}")
    @Operation(operationId = "getRecapUnderReview",
            summary = "A recap under review, with its history",
            description = "The current revision's measured document (hasil pengukuran): per item the data (target, "
                    + "realisasi), the result (capaian, predikat) and the Secretary's current decision; every past review "
                    + "with its per-item decisions and reasons (alasan); the Head's disposition (disposisi) and the "
                    + "archive reference once there.")
    @APIResponse(responseCode = "200", description = "The recap")
    @APIResponse(responseCode = "404", description = "No such recap in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecapDetail detail(
            @PathParam("recapId") UUID recapId,
            @Parameter(description = "Only items with this decision state") @QueryParam("decision") ItemFilter decision,
            @Parameter(description = "Only items of this division (bidang)") @QueryParam("divisionCode") @Size(max = 100) String divisionCode) {
        return queries.detail(caller.agencyCode(), recapId, decision, divisionCode);
    }

    @GET
    @Path("/{recapId}/revisions/{revision}")
    @Operation(operationId = "getReceivedRevision",
            summary = "One revision of a recap as received",
            description = "Any revision (revisi) received, with the decisions made on it and the review that concluded "
                    + "it. Shows the latest measurement of that revision unless measuredRevision asks for another.")
    @APIResponse(responseCode = "200", description = "The revision")
    @APIResponse(responseCode = "404", description = "No such recap in the caller's agency, or no such revision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RevisionView revision(
            @PathParam("recapId") UUID recapId,
            @PathParam("revision") int revision,
            @QueryParam("measuredRevision") @Min(1) Integer measuredRevision,
            @QueryParam("decision") ItemFilter decision,
            @QueryParam("divisionCode") @Size(max = 100) String divisionCode) {
        return queries.revision(caller.agencyCode(), recapId, revision, measuredRevision, decision, divisionCode);
    }
}

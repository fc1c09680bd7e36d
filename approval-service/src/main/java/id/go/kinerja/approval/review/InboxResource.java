package id.go.kinerja.approval.review;

import id.go.kinerja.platform.api.ListParameters;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/approval/inbox")
@Tag(name = "Review", description = "The Secretary's review (telaah Sekretaris) of measured recaps, SOP A10 / B8")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private final ReviewQueries queries;
    private final Caller caller;

    InboxResource(ReviewQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.SECRETARY)
    @Operation(operationId = "getInbox",
            summary = "The Secretary's inbox (kotak masuk)",
            description = "Measured recaps (rekap hasil pengukuran) of the caller's agency awaiting review, the longest "
                    + "waiting first. A returned recap leaves the inbox until its next revision arrives. sort takes updatedAt, "
                    + "receivedAt, year or quarter; updatedSince and cursor read the recaps changed since, oldest change first.")
    @APIResponse(responseCode = "200", description = "One page of the inbox")
    @APIResponse(responseCode = "400", description = "Invalid paging, filter, sort, updatedSince or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not the Secretary")
    public PageOf<InboxEntry> inbox(
            @Parameter(description = "Only recaps of this year (tahun)") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Only recaps of this quarter (triwulan)") @QueryParam("quarter") @Min(1) @Max(4) Integer quarter,
            @Valid @BeanParam ListParameters window,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return queries.inbox(caller.agencyCode(), year, quarter, window, page, size);
    }
}

package id.go.kinerja.collection.round;

import id.go.kinerja.platform.api.ConditionalRequestsOpenApi;
import id.go.kinerja.platform.api.ListParameters;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.idempotency.Idempotent;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/collection/rounds")
@Tag(name = "Collection rounds", description = "Rounds of performance data collection (pengumpulan data kinerja) per "
        + "quarter (triwulan), SOP A1-A5")
public class RoundResource {

    @Inject
    RoundService rounds;

    @POST
    @RolesAllowed(Roles.HEAD)
    @Operation(operationId = "openRound",
            summary = "Open a collection round for a period with the Head's memo (SOP A1)",
            description = "The Head's order to collect (Nota Dinas, SOP A1) opens the round; the Secretary's meeting "
                    + "(A2) is the next step. One round per agency and period (year + quarter). Its items are the plan's indicators with "
                    + "targets in the year: QUARTERLY ones every quarter, ANNUAL ones in quarter 4 only. Indicators "
                    + "added to the plan later join the next round.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "400", description = "Invalid period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The period has a round already, or the plan has nothing to collect",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public Response open(@Valid @NotNull NewRound request, @Context UriInfo uri) {
        RoundView round = rounds.open(request);
        return Response.created(uri.getAbsolutePathBuilder().path(round.roundId().toString()).build()).entity(round).build();
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "listRounds",
            summary = "List the collection rounds", description = "Newest period first; filter by year, quarter, "
            + "status. sort takes updatedAt, year, quarter or openedAt; updatedSince and cursor read the rounds changed "
            + "since, oldest change first (docs/integration.md).")
    @APIResponse(responseCode = "400", description = "Bad filter, page, size, sort, updatedSince or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<RoundSummary> list(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
                                     @QueryParam("quarter") @Min(1) @Max(4) Integer quarter,
                                     @QueryParam("status") RoundStatus status,
                                     @Valid @BeanParam ListParameters window,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return rounds.list(year, quarter, status, window, page, size);
    }

    @GET
    @Path("/{roundId}")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getRound",
            summary = "Read a round with its items and each item's entry status",
            description = "Operators and division heads see the items of their own division (bidang) only.")
    @APIResponse(responseCode = "404", description = "No such round in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RoundView get(@PathParam("roundId") UUID roundId) {
        return rounds.view(roundId);
    }
}

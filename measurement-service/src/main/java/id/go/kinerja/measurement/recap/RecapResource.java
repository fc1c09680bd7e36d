package id.go.kinerja.measurement.recap;

import id.go.kinerja.measurement.problem.MeasurementProblem;
import id.go.kinerja.platform.api.ConditionalRequestsOpenApi;
import id.go.kinerja.platform.api.ListParameters;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.idempotency.Idempotent;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/measurement/recaps")
@Tag(name = "Measured recaps", description = "Achievement (capaian) of submitted recaps, per indicator, plan node and "
        + "level (SOP B5-B6), the Secretary's returns to measurement and the remeasure after a methodology fix (B8)")
@Produces(MediaType.APPLICATION_JSON)
public class RecapResource {

    @Inject
    RecapQueries queries;

    @Inject
    RemeasuringRecap remeasuring;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR, Roles.DIVISION_HEAD, Roles.OPERATOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listMeasuredRecaps",
            summary = "List measured recaps (daftar rekap pengukuran)",
            description = "The caller's agency's recaps, newest period first, filterable by year, quarter and state. "
                    + "sort takes updatedAt, year or quarter; updatedSince and cursor read the recaps changed since, "
                    + "oldest change first, e.g. for e-sakip to pull achievements (capaian) (docs/integration.md).")
    @APIResponse(responseCode = "200", description = "A page of recaps")
    @APIResponse(responseCode = "400", description = "Invalid paging, filter, sort, updatedSince or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<RecapSummary> list(
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Quarter (triwulan) 1-4") @QueryParam("quarter") @Min(1) @Max(4) Integer quarter,
            @Parameter(description = "MEASURED, AWAITING_METHODOLOGY, AWAITING_SOP, RETURNED or APPROVED")
            @QueryParam("state")
            String state,
            @Valid @BeanParam ListParameters window,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        PageOf<RecapSummary> found = queries.list(caller.agencyCode(), year, quarter, stateOf(state), window, page, size);
        if (!caller.isDivisionBound()) {
            return found;
        }
        return found.withItems(found.items().stream().map(RecapSummary::withoutHeadline).toList());
    }

    @GET
    @Path("/{recapId}")
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR, Roles.DIVISION_HEAD, Roles.OPERATOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getLatestMeasurement",
            summary = "The latest measurement of a recap (hasil pengukuran terakhir)",
            description = "The current measurement of the latest revision. Operators and division heads see the items "
                    + "of their own division only. A recap that arrived before the SOP steps B1-B4 of its period were "
                    + "done is held, not measured: it answers 200 with recapState AWAITING_SOP, no results, and in "
                    + "waitingFor the steps still to be done (it is measured as soon as the last of them is recorded).")
    @APIResponse(responseCode = "200", description = "The measurement, or the state of a recap awaiting B1-B4")
    @APIResponse(responseCode = "404", description = "No such recap in the caller's agency (RECAP_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeasurementView latest(@PathParam("recapId") UUID recapId) {
        return visible(queries.latest(caller.agencyCode(), recapId));
    }

    @GET
    @Path("/{recapId}/revisions/{revision}")
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR, Roles.DIVISION_HEAD, Roles.OPERATOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getRevisionMeasurement",
            summary = "The measurement of one revision of a recap (hasil pengukuran per revisi)",
            description = "The revision's current measurement, or an earlier one with measuredRevision.")
    @APIResponse(responseCode = "200", description = "The measurement")
    @APIResponse(responseCode = "404", description = "No such recap, revision or measurement in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeasurementView revision(@PathParam("recapId") UUID recapId,
                                    @PathParam("revision") @Min(1) int revision,
                                    @QueryParam("measuredRevision") @Min(1) Integer measuredRevision) {
        return visible(queries.measurement(caller.agencyCode(), recapId, revision, measuredRevision));
    }

    @GET
    @Path("/{recapId}/reopened")
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR})
    @Operation(operationId = "listReopenedIndicators",
            summary = "Indicators returned to measurement (dikembalikan ke pengukuran)",
            description = "The items of the current revision the Secretary returned with returnTo MEASUREMENT, their "
                    + "reasons, and whether the team has saved a new methodology version for each.")
    @APIResponse(responseCode = "200", description = "The reopened items")
    @APIResponse(responseCode = "404", description = "No such recap in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReopenedView reopened(@PathParam("recapId") UUID recapId) {
        return queries.reopened(caller.agencyCode(), recapId);
    }

    @POST
    @Path("/{recapId}/remeasure")
    @RolesAllowed(Roles.SAKIP_TEAM)
    @Operation(operationId = "remeasureRecap",
            summary = "Measure the current revision again (ukur ulang)",
            description = "After the Secretary returned items to MEASUREMENT and the team saved a new methodology "
                    + "version for each, measures the same revision with the current methodologies and sends the "
                    + "result to the Secretary as the next measured revision. Also forwards a measurement held back "
                    + "because methodologies were missing, once the team has set them.")
    @APIResponse(responseCode = "200", description = "The new measurement, sent to the Secretary")
    @APIResponse(responseCode = "404", description = "No such recap in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Nothing was returned to MEASUREMENT, a returned methodology is "
            + "still unchanged (context.indicators), methodologies are missing (context.indicators), items also went "
            + "back to COLLECTION, or the recap was approved and is frozen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public MeasurementView remeasure(@PathParam("recapId") UUID recapId) {
        return remeasuring.remeasure(caller.agencyCode(), recapId, caller.as(Roles.SAKIP_TEAM));
    }

    private static RecapStatus stateOf(String state) {
        if (state == null) {
            return null;
        }
        try {
            return RecapStatus.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("state", MeasurementProblem.text("recap.state", Arrays.toString(RecapStatus.values())));
        }
    }

    private MeasurementView visible(MeasurementView view) {
        return caller.isDivisionBound() ? view.ofDivision(caller.divisionCode()) : view;
    }
}

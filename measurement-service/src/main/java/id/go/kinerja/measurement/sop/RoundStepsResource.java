package id.go.kinerja.measurement.sop;

import id.go.kinerja.platform.api.ConditionalRequestsOpenApi;
import id.go.kinerja.platform.idempotency.Idempotent;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.procedure.MeasurementStep;
import id.go.kinerja.platform.procedure.StepOutputs;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/measurement/rounds/{year}/{quarter}")
@Tag(name = "SOP steps", description = "The steps B1-B10 of the measurement SOP (docs/sop.md) per period: outputs "
        + "of B1-B4, and the timeline against the standard times (waktu baku)")
@APIResponse(responseCode = "400", description = "Year not 2000-2100, quarter not 1-4, or an output incomplete",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RoundStepsResource {

    @Inject
    SopSteps steps;

    @Inject
    SopViews views;

    @POST
    @Path("/steps/B1")
    @RolesAllowed(Roles.HEAD)
    @Operation(operationId = "recordMeasurementMemo",
            summary = "B1: record the Head's memo (Nota Dinas) ordering the measurement; opens the period's round")
    @APIResponse(responseCode = "200", description = "Recorded; the round's timeline",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "409", description = "The round was opened already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public TimelineView memo(@PathParam("year") @Min(2000) @Max(2100) int year,
                             @Parameter(description = "Quarter (triwulan) 1-4") @PathParam("quarter") @Min(1) @Max(4)
                             int quarter,
                             @Valid @NotNull StepOutputs.HeadMemo memo) {
        steps.openRound(year, quarter, memo);
        return views.timeline(year, quarter);
    }

    @POST
    @Path("/steps/B2")
    @RolesAllowed(Roles.SECRETARY)
    @Operation(operationId = "recordMeetingMinutes",
            summary = "B2: record the minutes (notulen) of the Secretary's meeting with the team")
    @APIResponse(responseCode = "200", description = "Recorded; the round's timeline",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "409", description = "Recorded already, or a step before it is not done "
            + "(mustComeFirst names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public TimelineView minutes(@PathParam("year") @Min(2000) @Max(2100) int year,
                                @PathParam("quarter") @Min(1) @Max(4) int quarter,
                                @Valid @NotNull StepOutputs.MeetingMinutes minutes) {
        steps.record(year, quarter, MeasurementStep.B2, minutes);
        return views.timeline(year, quarter);
    }

    @POST
    @Path("/steps/B3")
    @RolesAllowed(Roles.SAKIP_TEAM)
    @Operation(operationId = "recordMeasurementPlan",
            summary = "B3: record the team's measurement plan (program kerja kegiatan)")
    @APIResponse(responseCode = "200", description = "Recorded; the round's timeline",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "409", description = "Recorded already, or a step before it is not done "
            + "(mustComeFirst names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public TimelineView workPlan(@PathParam("year") @Min(2000) @Max(2100) int year,
                                 @PathParam("quarter") @Min(1) @Max(4) int quarter,
                                 @Valid @NotNull StepOutputs.WorkPlan plan) {
        steps.record(year, quarter, MeasurementStep.B3, plan);
        return views.timeline(year, quarter);
    }

    @POST
    @Path("/steps/B4")
    @RolesAllowed(Roles.SAKIP_TEAM)
    @Operation(operationId = "declareMethodologyReady",
            summary = "B4: declare the measurement methodology ready; measures a recap held for the SOP",
            description = "Refused while an indicator of the agency has no methodology (the problem lists them under "
                    + "indicators). A recap of the period that arrived before B1-B4 were done (AWAITING_SOP) is "
                    + "measured and sent to the Secretary in the same transaction.")
    @APIResponse(responseCode = "200", description = "Recorded; the round's timeline",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "409", description = "Recorded already, a step before it is not done (mustComeFirst "
            + "names it), or indicators without methodology (indicators lists them)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public TimelineView methodologyReady(@PathParam("year") @Min(2000) @Max(2100) int year,
                                         @PathParam("quarter") @Min(1) @Max(4) int quarter,
                                         @Valid @NotNull MethodologyReady ready) {
        steps.record(year, quarter, MeasurementStep.B4, ready);
        return views.timeline(year, quarter);
    }

    @GET
    @Path("/timeline")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.AUDITOR})
    @Operation(operationId = "getMeasurementTimeline",
            summary = "The period's measurement SOP timeline",
            description = "Every step B1-B10 (and B5-B8 again per return) with the agency's standard time, the working "
                    + "time it took or has taken so far (working days and hours of the calendar, holidays excluded), "
                    + "its status (NOT_STARTED, RUNNING, OVERDUE, DONE_ON_TIME, DONE_LATE), the role holding it now, "
                    + "who did it and its output; and the period's recap with its state (AWAITING_SOP while held).")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "404", description = "The Head has not opened the period's round (B1)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TimelineView timeline(@PathParam("year") @Min(2000) @Max(2100) int year,
                                 @PathParam("quarter") @Min(1) @Max(4) int quarter) {
        return views.timeline(year, quarter);
    }
}

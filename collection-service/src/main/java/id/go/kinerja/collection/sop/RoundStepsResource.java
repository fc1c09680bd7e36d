package id.go.kinerja.collection.sop;

import id.go.kinerja.platform.api.ConditionalRequestsOpenApi;
import id.go.kinerja.platform.idempotency.Idempotent;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.procedure.CollectionStep;
import id.go.kinerja.platform.procedure.StepOutputs;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/collection/rounds/{roundId}")
@Tag(name = "SOP steps", description = "The steps A1-A12 of the collection SOP (docs/sop.md) per round: outputs of "
        + "A2-A5, and the timeline against the standard times (waktu baku)")
@APIResponse(responseCode = "404", description = "No such round in the caller's agency",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RoundStepsResource {

    @Inject
    SopSteps steps;

    @Inject
    SopViews views;

    @POST
    @Path("/steps/A2")
    @RolesAllowed(Roles.SECRETARY)
    @Operation(operationId = "recordMeetingMinutes",
            summary = "A2: record the minutes (notulen) of the Secretary's meeting with the team")
    @APIResponse(responseCode = "200", description = "Recorded; the round's timeline",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "409", description = "Recorded already, or a step before it is not done (mustComeFirst)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public TimelineView minutes(@PathParam("roundId") UUID roundId, @Valid @NotNull StepOutputs.MeetingMinutes minutes) {
        steps.record(roundId, CollectionStep.A2, minutes);
        return views.timeline(roundId);
    }

    @POST
    @Path("/steps/A3")
    @RolesAllowed(Roles.SAKIP_TEAM)
    @Operation(operationId = "recordWorkPlan",
            summary = "A3: record the team's work plan (program kerja kegiatan)")
    @APIResponse(responseCode = "200", description = "Recorded; the round's timeline",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "409", description = "Recorded already, or a step before it is not done (mustComeFirst)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public TimelineView workPlan(@PathParam("roundId") UUID roundId, @Valid @NotNull StepOutputs.WorkPlan plan) {
        steps.record(roundId, CollectionStep.A3, plan);
        return views.timeline(roundId);
    }

    @POST
    @Path("/steps/A4")
    @RolesAllowed(Roles.SAKIP_TEAM)
    @Operation(operationId = "recordDocumentChecklist",
            summary = "A4: record the document checklist",
            description = "Every kind of document exactly once (PK, IKU, DPA, evidence of activities, survey results, "
                    + "evaluation reports, SAKIP assessment, data-collection form), each with its status and optionally "
                    + "where it is.")
    @APIResponse(responseCode = "200", description = "Recorded; the round's timeline",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "400", description = "A kind missing or listed twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Recorded already, or a step before it is not done (mustComeFirst)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public TimelineView documents(@PathParam("roundId") UUID roundId,
                                  @Valid @NotNull SopOutputs.DocumentChecklist checklist) {
        checklist.requireEveryKindOnce();
        steps.record(roundId, CollectionStep.A4, checklist);
        return views.timeline(roundId);
    }

    @POST
    @Path("/steps/A5")
    @RolesAllowed(Roles.SAKIP_TEAM)
    @Operation(operationId = "recordBriefing",
            summary = "A5: record the operators' briefing; opens data entry (A6)",
            description = "Attendees per division: every division with indicators in the round, and no other. Until "
                    + "this is recorded, entries of the round cannot be made (409 naming A5).")
    @APIResponse(responseCode = "200", description = "Recorded; the round's timeline",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "400", description = "A division of the round missing, unknown or listed twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Recorded already, or a step before it is not done (mustComeFirst)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public TimelineView briefing(@PathParam("roundId") UUID roundId,
                                 @Valid @NotNull SopOutputs.OperatorBriefing briefing) {
        steps.recordBriefing(roundId, briefing);
        return views.timeline(roundId);
    }

    @GET
    @Path("/timeline")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.AUDITOR})
    @Operation(operationId = "getRoundTimeline",
            summary = "The round's SOP timeline",
            description = "Every step A1-A12 (and A6-A10 again per return) with the agency's standard time, the working "
                    + "time it took or has taken so far (working days and hours of the calendar, holidays excluded), its "
                    + "status (NOT_STARTED, RUNNING, OVERDUE, DONE_ON_TIME, DONE_LATE), who holds it now and its output.")
    public TimelineView timeline(@PathParam("roundId") UUID roundId) {
        return views.timeline(roundId);
    }
}

package id.go.kinerja.measurement.sop;

import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.procedure.MeasurementStep;
import id.go.kinerja.platform.procedure.StepDefinitionView;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/measurement")
@Tag(name = "SOP steps")
public class SopResource {

    @Inject
    StandardTimes standardTimes;

    @Inject
    SopViews views;

    @Schema(name = "MeasurementStandardTimeChange",
            description = "A standard time in working time: minutes (90m) or working days (2d)")
    public record StandardTimeChange(@Schema(example = "2d") @NotBlank String standardTime) {
    }

    @GET
    @Path("/sop/steps")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.AUDITOR})
    @Operation(summary = "The steps of SOP part B with the agency's standard times",
            description = "Owner role and service, predecessors, output, and the standard time: the SOP's unless the "
                    + "agency set its own.")
    public List<StepDefinitionView> steps() {
        return standardTimes.catalogue();
    }

    @PUT
    @Path("/sop/steps/{step}/standard-time")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the agency's standard time (waktu baku) of a step B1-B10",
            description = "Counted in working time: \"90m\" is 90 minutes of working hours, \"2d\" two working days. "
                    + "Applies to the timelines, overdue checks and work lists from now on, running steps included.")
    @APIResponse(responseCode = "400", description = "Not a standard time such as 90m or 2d",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such step (B1-B10)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StepDefinitionView setStandardTime(@PathParam("step") String step,
                                              @Valid @NotNull StandardTimeChange change) {
        MeasurementStep found = SopSteps.SOP.step(step).orElseThrow(() -> new NotFound("SOP step", step));
        return standardTimes.set(found, change.standardTime());
    }

    @GET
    @Path("/my-work")
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD})
    @Operation(summary = "What waits for me in measurement, oldest first",
            description = "HEAD: the memo (B1) of a period whose recap arrived before the round was opened, and the "
                    + "disposition (B9). SECRETARY: the meeting (B2) and the review (B8). SAKIP_TEAM: the plan (B3), "
                    + "the methodology (B4), measuring held back (B5), every indicator without methodology, and every "
                    + "item the Secretary returned to MEASUREMENT whose methodology still has the returned version. "
                    + "Each with its period, step, since when, standard time and whether it is overdue.")
    public MyWorkView myWork() {
        return views.myWork();
    }
}

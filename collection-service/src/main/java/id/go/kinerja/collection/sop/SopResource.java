package id.go.kinerja.collection.sop;

import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.procedure.CollectionStep;
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

@Path("/api/collection")
@Tag(name = "SOP steps")
public class SopResource {

    @Inject
    StandardTimes standardTimes;

    @Inject
    SopViews views;

    @Schema(description = "A standard time in working time: minutes (90m) or working days (2d)")
    public record StandardTimeChange(@Schema(example = "3d") @NotBlank String standardTime) {
    }

    @GET
    @Path("/sop/steps")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.AUDITOR})
    @Operation(summary = "The steps of SOP part A with the agency's standard times",
            description = "Owner role and service, predecessors, output, and the standard time: the SOP's unless the "
                    + "agency set its own.")
    public List<StepDefinitionView> steps() {
        return standardTimes.catalogue();
    }

    @PUT
    @Path("/sop/steps/{step}/standard-time")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the agency's standard time (waktu baku) of a step",
            description = "Counted in working time: \"90m\" is 90 minutes of working hours, \"2d\" two working days. "
                    + "Applies to the timelines, overdue checks and work lists from now on, running steps included.")
    @APIResponse(responseCode = "400", description = "Not a standard time such as 90m or 2d",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such step (A1-A12)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StepDefinitionView setStandardTime(@PathParam("step") String step,
                                              @Valid @NotNull StandardTimeChange change) {
        CollectionStep found = SopSteps.SOP.step(step).orElseThrow(() -> new NotFound("SOP step", step));
        return standardTimes.set(found, change.standardTime());
    }

    @GET
    @Path("/my-work")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD})
    @Operation(summary = "What waits for me, oldest first",
            description = "OPERATOR: the own division's entries to enter, confirm (pushed) or correct (sent back, "
                    + "returned). DIVISION_HEAD: the own division's entries to verify. SAKIP_TEAM: running steps A3-A5 "
                    + "and the recap to submit (A8). SECRETARY: the meeting (A2) and the review (A10). HEAD: the "
                    + "disposition (A11). Each with its round, step, since when, standard time and whether it is "
                    + "overdue. The Head's memo (A1) is what opens a round, so it never waits here.")
    public MyWorkView myWork() {
        return views.myWork();
    }
}

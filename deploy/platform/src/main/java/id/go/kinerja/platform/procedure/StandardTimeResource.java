package id.go.kinerja.platform.procedure;

import id.go.kinerja.platform.api.IfMatch;
import id.go.kinerja.platform.api.OpenApiDocument;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalogue of a service's SOP steps with the agency's standard times (waktu baku), which an ADMIN may change.
 * A service with steps exposes it under its prefix with a subclass that adds its other SOP endpoints:
 * {@code @Path("/api/collection") public class SopResource extends StandardTimeResource}.
 */
@Tag(name = "SOP steps")
public abstract class StandardTimeResource {

    @Inject
    StepTimeline<?, ?> timeline;

    @Schema(description = "A standard time in working time: minutes (90m) or working days (2d)")
    public record StandardTimeChange(@Schema(example = "3d") @NotBlank String standardTime) {
    }

    @GET
    @Path("/sop/steps")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.AUDITOR})
    @SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
    @Operation(operationId = "listSopSteps",
            summary = "The steps of the service's SOP part (A in collection, B in measurement) with the agency's "
            + "standard times",
            description = "Owner role and service, predecessors, output, and the standard time: the SOP's unless the "
                    + "agency set its own.")
    public List<StepDefinitionView> steps() {
        return timeline.catalogue();
    }

    @GET
    @Path("/sop/steps/{step}")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.AUDITOR})
    @SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
    @Operation(operationId = "getSopStep",
            summary = "One step of the service's SOP part with the agency's standard time",
            description = "The ETag is the standard time as it stands (e.g. \"2d\"); send it as If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The step",
            headers = @Header(name = "ETag", description = "The standard time in quotes, e.g. \"2d\"; \"none\" when the "
                    + "step has none"),
            content = @Content(schema = @Schema(implementation = StepDefinitionView.class)))
    @APIResponse(responseCode = "404", description = "No such step (A1-A12 in collection, B1-B10 in measurement)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response step(@PathParam("step") String step) {
        return tagged(timeline.step(step));
    }

    @PUT
    @Path("/sop/steps/{step}/standard-time")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
    @Operation(operationId = "setStandardTime",
            summary = "Set the agency's standard time (waktu baku) of a step",
            description = "Counted in working time: \"90m\" is 90 minutes of working hours, \"2d\" two working days. "
                    + "Applies to the timelines, overdue checks and work lists from now on, running steps included. "
                    + "If-Match carries the step's ETag as read (GET /sop/steps/{step}): the standard time it had.")
    @APIResponse(responseCode = "200", description = "The step with its new standard time",
            headers = @Header(name = "ETag", description = "The new standard time in quotes, e.g. \"3d\""),
            content = @Content(schema = @Schema(implementation = StepDefinitionView.class)))
    @APIResponse(responseCode = "400", description = "Not a standard time such as 90m or 2d",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such step (A1-A12 in collection, B1-B10 in measurement)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response setStandardTime(@PathParam("step") String step,
                                    @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.REQUIRED, required = true)
                                    String ifMatch,
                                    @Valid @NotNull StandardTimeChange change) {
        return tagged(timeline.setStandardTime(step, change.standardTime(), IfMatch.of(ifMatch)));
    }

    private static Response tagged(StepDefinitionView step) {
        return Response.ok(step).tag(new EntityTag(step.entityTag())).build();
    }
}

package id.go.kinerja.measurement.scale;

import id.go.kinerja.platform.api.ConditionalRequestsOpenApi;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.idempotency.Idempotent;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/measurement/predicate-scales")
@Tag(name = "Predicate scales", description = "Scales that turn an achievement into a predicate (skala predikat "
        + "capaian), effective-dated")
@Produces(MediaType.APPLICATION_JSON)
public class PredicateScaleResource {

    @Inject
    PredicateScaleService scales;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR})
    @Operation(operationId = "listPredicateScales",
            summary = "List the predicate scales (skala predikat)",
            description = "The default 5-band scale and the scales the caller's agency adopted, oldest first; "
                    + "inEffect marks the one that applies today.")
    @APIResponse(responseCode = "200", description = "A page of scales")
    public PageOf<PredicateScaleView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return scales.list(caller.agencyCode(), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR})
    @Operation(operationId = "getPredicateScale",
            summary = "One predicate scale (skala predikat)")
    @APIResponse(responseCode = "200", description = "The scale")
    @APIResponse(responseCode = "404", description = "No such scale for the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PredicateScaleView get(@PathParam("id") UUID id) {
        return scales.get(caller.agencyCode(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "adoptPredicateScale",
            summary = "Adopt a predicate scale from a date (tetapkan skala predikat)",
            description = "Bands must cover every achievement exactly once: no overlap, no gap, the lowest band open "
                    + "below and the highest open above. Recaps whose period ends on or after effectiveFrom are "
                    + "measured with it; results already computed keep the scale they were computed with.")
    @APIResponse(responseCode = "201", description = "The scale was adopted")
    @APIResponse(responseCode = "400", description = "Bands overlap, leave a gap or repeat a name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The agency already adopted a scale from that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public Response create(@Valid @NotNull PredicateScaleRequest request) {
        PredicateScaleView created = scales.create(caller.agencyCode(), request, caller.userId());
        return Response.created(UriBuilder.fromResource(PredicateScaleResource.class).path(created.id().toString()).build())
                .entity(created).build();
    }
}

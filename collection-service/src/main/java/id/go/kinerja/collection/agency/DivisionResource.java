package id.go.kinerja.collection.agency;

import id.go.kinerja.platform.api.ConditionalRequestsOpenApi;
import id.go.kinerja.platform.api.IfMatch;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/collection")
@Tag(name = "Agency and divisions", description = "The caller's agency (perangkat daerah) and its divisions (bidang)")
public class DivisionResource {

    @Inject
    DivisionService divisions;

    @GET
    @Path("/agency")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getAgency",
            summary = "The caller's agency (perangkat daerah)",
            description = "The agency of the token and the name the admin recorded for it.")
    public AgencyView agency() {
        return divisions.agency();
    }

    @GET
    @Path("/divisions")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "listDivisions",
            summary = "List the divisions (bidang)", description = "The divisions of the caller's agency, by code.")
    @APIResponse(responseCode = "400", description = "Bad page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<DivisionView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return divisions.list(page, size);
    }

    @GET
    @Path("/divisions/{code}")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getDivision",
            summary = "Read one division (bidang)")
    @APIResponse(responseCode = "404", description = "No such division in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DivisionView get(@PathParam("code") String code) {
        return divisions.get(code);
    }

    @POST
    @Path("/divisions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createDivision",
            summary = "Create a division (bidang)",
            description = "Operators and division heads are bound to a division by the division claim of their token.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DivisionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid code or name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code exists already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public Response create(@Valid @NotNull NewDivision request, @Context UriInfo uri) {
        DivisionView created = divisions.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/divisions/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "renameDivision",
            summary = "Rename a division (bidang)",
            description = "If-Match carries the ETag read; a stale one is refused (412) and nothing changes.")
    @APIResponse(responseCode = "404", description = "No such division in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DivisionView rename(@PathParam("code") String code,
                               @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.REQUIRED, required = true)
                               String ifMatch,
                               @Valid @NotNull DivisionChange change) {
        return divisions.rename(code, change, IfMatch.of(ifMatch));
    }
}

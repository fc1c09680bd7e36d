package id.go.kinerja.collection.plan;

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

@Path("/api/collection/plan/versions")
@Tag(name = "Plan versions", description = "Published plan documents: Renstra, perjanjian kinerja (PK) and PK "
        + "Perubahan, each a frozen copy of the plan; a collection round keeps the version it was opened on")
public class PlanVersionResource {

    @Inject
    PlanVersionService versions;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.SAKIP_TEAM})
    @Operation(operationId = "publishPlanVersion",
            summary = "Publish the live plan as a version of a plan document",
            description = "Copies the plan as it is now — divisions, nodes with their pagu, indicators with their "
                    + "targets of the covered year(s) — into a version nobody can change afterwards. PK: once per "
                    + "year; PK_PERUBAHAN: revises the year's PK (reason required) and becomes the agreement rounds "
                    + "opened from then on use; RENSTRA: a range of years, a later one of the same period revises it.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = PlanVersionView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason of a PK_PERUBAHAN, or a bad year range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A second PK of the year, a PK_PERUBAHAN without a PK, an "
            + "overlapping RENSTRA, or a plan with no targets in the year(s)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public Response publish(@Valid @NotNull NewPlanVersion request, @Context UriInfo uri) {
        PlanVersionView published = versions.publish(request);
        return Response.created(uri.getAbsolutePathBuilder().path(published.id().toString()).build())
                .entity(published).build();
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "listPlanVersions",
            summary = "List the published plan versions", description = "Newest first; filter by a year the "
            + "version covers and by kind. sort takes updatedAt (= publishedAt: a version never changes), publishedAt "
            + "or number; updatedSince and cursor read the versions published since, oldest first (docs/integration.md).")
    @APIResponse(responseCode = "400", description = "Bad filter, page, size, sort, updatedSince or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<PlanVersionView> list(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
                                        @QueryParam("kind") PlanVersionKind kind,
                                        @Valid @BeanParam ListParameters window,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return versions.list(year, kind, window, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getPlanVersionDocument",
            summary = "Read a published version as a plan document",
            description = "The version's metadata and its content for one year (default: its first year), in the "
                    + "shape of GET /api/collection/plan/{year}.")
    @APIResponse(responseCode = "400", description = "A year the version does not cover",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such version in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanVersionDocument document(@PathParam("id") UUID id, @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return versions.document(id, year);
    }

    @GET
    @Path("/{id}/tree")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getPlanVersionTree",
            summary = "Read a published version as a plan tree (pohon kinerja)",
            description = "As GET /api/collection/plan/{year}/tree, for one year of the version (default: its first).")
    @APIResponse(responseCode = "400", description = "A year the version does not cover",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such version in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanVersionTree tree(@PathParam("id") UUID id, @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return versions.tree(id, year);
    }
}

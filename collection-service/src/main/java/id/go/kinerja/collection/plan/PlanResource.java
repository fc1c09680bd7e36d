package id.go.kinerja.collection.plan;

import id.go.kinerja.collection.support.Codes;
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
import jakarta.validation.constraints.Pattern;
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

@Path("/api/collection/plan")
@Tag(name = "Performance plan", description = "The agency's plan (rencana kinerja): tujuan, sasaran, program, kegiatan, "
        + "sub kegiatan, their budget ceilings (pagu), and the indicators (indikator kinerja) with their targets")
public class PlanResource {

    @Inject
    PlanService plan;

    @Inject
    PlanVersionService versions;

    @PUT
    @Path("/{year: \\d{4}}")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "putPlanDocument",
            summary = "Create or update the plan of a year at once (bulk)",
            description = "Takes the whole plan document of a year — divisions (bidang), nodes (tujuan → sasaran → "
                    + "program → kegiatan → sub kegiatan) with their pagu of the year, indicators with their targets "
                    + "of the year — and creates or updates it all or nothing: any problem refuses the whole document "
                    + "with every field error listed. Nodes and indicators not in the document are left as they are; "
                    + "the indicators' targets of the year are replaced. Sending the same document twice changes nothing.")
    @APIResponse(responseCode = "200", description = "Applied",
            content = @Content(schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "400", description = "The document is invalid; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportSummary importPlan(@PathParam("year") @Min(2000) @Max(2100) int year,
                                   @Valid @NotNull PlanDocument document) {
        return plan.importPlan(year, document);
    }

    @GET
    @Path("/{year: \\d{4}}")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getPlanDocument",
            summary = "Read the plan of a year as a document",
            description = "The same shape the bulk PUT takes: every division and node (with its pagu of the year) and "
                    + "every indicator with its targets of the year (empty when it is not collected that year).")
    public PlanDocument document(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return plan.document(year);
    }

    @GET
    @Path("/{year: \\d{4}}/tree")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getPlanTree",
            summary = "Read the plan tree of a year (pohon kinerja)",
            description = "Tujuan → sasaran → program → kegiatan → sub kegiatan, each node with its pagu of the year "
                    + "and its indicators with their targets of the year.")
    public PlanTree tree(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return plan.tree(year);
    }

    @POST
    @Path("/nodes")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "createPlanNode",
            summary = "Create a plan node (tujuan, sasaran, program, kegiatan, sub kegiatan)",
            description = "A GOAL has no parent; every other node needs an existing parent of the level just above "
                    + "(OBJECTIVE under GOAL, PROGRAM under OBJECTIVE, ACTIVITY under PROGRAM, SUB_ACTIVITY under ACTIVITY).")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = NodeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid, unknown parent, or a parent of the wrong level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code exists already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public Response createNode(@Valid @NotNull NewNode request, @Context UriInfo uri) {
        NodeView created = plan.createNode(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Path("/nodes/{code}")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getPlanNode",
            summary = "Read a plan node with its budget ceilings (pagu) per year")
    @APIResponse(responseCode = "404", description = "No such node in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NodeView node(@PathParam("code") String code) {
        return plan.node(code);
    }

    @PUT
    @Path("/nodes/{code}/budget-ceilings/{year: \\d{4}}")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "setBudgetCeiling",
            summary = "Set the budget ceiling (pagu) of a node for a year",
            description = "Programs, activities and sub-activities only (from the DPA). If-Match carries the node's "
                    + "ETag as read; a change of a ceiling is a change of the node (new ETag).")
    @APIResponse(responseCode = "400", description = "Negative amount, or a goal / objective (they have no pagu)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such node in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NodeView setBudgetCeiling(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year,
                                     @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.REQUIRED, required = true) String ifMatch,
                                     @Valid @NotNull BudgetCeilingChange change) {
        return plan.setBudgetCeiling(code, year, change, IfMatch.of(ifMatch));
    }

    @POST
    @Path("/indicators")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "createIndicator",
            summary = "Create a performance indicator (indikator kinerja)",
            description = "On an existing node, in the care of an existing division. A PREDICATE indicator uses LAST.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "400", description = "Invalid, or unknown node or division",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code exists already in the agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public Response createIndicator(@Valid @NotNull NewIndicator request, @Context UriInfo uri) {
        IndicatorView created = plan.createIndicator(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Path("/indicators")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "listIndicators",
            summary = "List the indicators (indikator kinerja)", description = "Filter by node or division.")
    @APIResponse(responseCode = "400", description = "Bad filter, page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<IndicatorSummary> indicators(
            @QueryParam("nodeCode") @Pattern(regexp = Codes.CODE, message = Codes.CODE_TEMPLATE) String nodeCode,
            @QueryParam("divisionCode") @Pattern(regexp = Codes.DIVISION, message = Codes.DIVISION_TEMPLATE) String divisionCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return plan.indicators(nodeCode, divisionCode, page, size);
    }

    @GET
    @Path("/indicators/{code}")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getIndicator",
            summary = "Read an indicator (indikator kinerja) with its targets of every year")
    @APIResponse(responseCode = "404", description = "No such indicator in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IndicatorView indicator(@PathParam("code") String code) {
        return plan.indicator(code);
    }

    @GET
    @Path("/indicators/{code}/target-history")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getTargetHistory",
            summary = "How an indicator's targets changed across the published plan versions",
            description = "Every published version (Renstra, PK, PK Perubahan) holding the indicator, oldest first, "
                    + "with its number, dates, reason and the indicator's targets in it: e.g. the PK target and the "
                    + "PK Perubahan target of the same year. Filter by a year the versions cover.")
    @APIResponse(responseCode = "404", description = "No such indicator in the caller's agency, now or in any version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TargetHistory targetHistory(@PathParam("code") String code,
                                       @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return versions.targetHistory(code, year);
    }

    @PUT
    @Path("/indicators/{code}/targets/{year: \\d{4}}")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "setTargets",
            summary = "Set an indicator's targets (target) of a year",
            description = "QUARTERLY: four targets, quarters 1-4; ANNUAL: one, quarter 4. Each target is a value, a "
                    + "range {min, max}, or for PREDICATE indicators a grade. Negative targets are refused. If-Match "
                    + "carries the indicator's ETag as read: its targets are part of it.")
    @APIResponse(responseCode = "400", description = "Targets that do not fit the indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such indicator in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IndicatorView replaceTargets(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year,
                                        @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.REQUIRED, required = true) String ifMatch,
                                        @Valid @NotNull TargetsChange change) {
        return plan.replaceTargets(code, year, change, IfMatch.of(ifMatch));
    }
}

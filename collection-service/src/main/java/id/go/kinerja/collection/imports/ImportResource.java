package id.go.kinerja.collection.imports;

import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/collection/imports")
@Tag(name = "Imports", description = "Plan imports from SIPD / e-sakip exports and spreadsheets (impor rencana kinerja)")
public class ImportResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    PlanFileReader reader;

    @Inject
    PlanImportService imports;

    @POST
    @Path("/plan")
    @Consumes({PlanFileReader.JSON, PlanFileReader.CSV, PlanFileReader.XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "importPlanFile",
            summary = "Import the plan of a year (impor rencana kinerja: tujuan, sasaran, program, kegiatan, "
            + "sub kegiatan, indikator, target, pagu)",
            description = "JSON (the plan document of PUT /plan/{year}), CSV or XLSX in the flat row layout of "
                    + "docs/import.md, one row per node or per indicator, identified by code. All or nothing: any "
                    + "rejected row refuses the whole file (422, the summary in context.summary) and nothing is "
                    + "written. dryRun=true checks and reports without writing. Rows equal to the recorded plan are "
                    + "UNCHANGED. With an Idempotency-Key the same request again answers the first result and "
                    + "changes nothing.")
    @APIResponse(responseCode = "200", description = "Imported (or, in a dry run, would import)",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Unreadable file, wrong or missing columns, bad parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is above the import limit (kinerja.import.max-size)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither JSON, CSV nor XLSX",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Rows rejected; nothing was written; context.summary has the "
            + "import summary with each row's errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importPlan(
            @Parameter(description = "Plan year", example = "2025")
            @QueryParam("year") @NotNull @Pattern(regexp = "20\\d\\d|2100", message = "{kinerja.year}")
            String year,
            @QueryParam("dryRun") @DefaultValue("false") @Pattern(regexp = "true|false", message = "{kinerja.trueOrFalse}")
            String dryRun,
            @Parameter(description = "CREATE, UPDATE or CREATE_AND_UPDATE")
            @QueryParam("strategy") @DefaultValue("CREATE_AND_UPDATE")
            @Pattern(regexp = "CREATE|UPDATE|CREATE_AND_UPDATE", message = "{kinerja.importMode}")
            String strategy,
            @Parameter(description = "Optional; the same key and request again returns the first answer")
            @HeaderParam(IDEMPOTENCY_KEY) @Pattern(regexp = "[\\x21-\\x7E]{1,200}",
                    message = "{kinerja.idempotencyKey}") String idempotencyKey,
            @Context HttpHeaders headers,
            InputStream body) throws IOException {
        MediaType type = headers.getMediaType();
        String mediaType = type.getType() + "/" + type.getSubtype();
        PlanFile file = reader.read(mediaType, headers.getLength(),
                String.join("|", year, dryRun, strategy), body);
        PlanImportService.Result result = imports.importPlan(Integer.parseInt(year), ImportStrategy.valueOf(strategy),
                Boolean.parseBoolean(dryRun), idempotencyKey, file);
        Response.ResponseBuilder response = Response.ok(result.report());
        if (result.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }
}

package id.go.kinerja.collection.worksheet;

import id.go.kinerja.collection.imports.ImportResource;
import id.go.kinerja.collection.imports.PlanFileReader;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/collection/rounds/{roundId}/worksheet")
@Tag(name = "Worksheets", description = "The operator's Excel round trip (lembar realisasi): download the division's "
        + "items of a round, fill the realisations offline, upload")
public class WorksheetResource {

    @Inject
    WorksheetService worksheets;

    @GET
    @Produces({PlanFileReader.XLSX, PlanFileReader.CSV})
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.INTEGRATION, Roles.HEAD, Roles.AUDITOR})
    @Operation(operationId = "downloadWorksheet",
            summary = "Download the realisation worksheet of a round (unduh lembar realisasi)",
            description = "XLSX (default) or CSV with one row per item of the round: indicator code, name, unit, node, "
                    + "division, value type, the target of the quarter (85, a range 70..80, or a grade BB), the entry's "
                    + "state, realisation, grade and note. Operators and division heads get their own division's "
                    + "items; integrations, the Head and auditors all. In the XLSX only the cells to fill are open (the rest is protected), "
                    + "realisations must be non-negative numbers, grades come from a list, and a second sheet "
                    + "(Petunjuk) explains it in Indonesian.")
    @APIResponse(responseCode = "200", description = "The worksheet",
            content = {@Content(mediaType = PlanFileReader.XLSX), @Content(mediaType = PlanFileReader.CSV)})
    @APIResponse(responseCode = "400", description = "format is neither xlsx nor csv",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("roundId") UUID roundId,
                             @Parameter(description = "xlsx or csv") @QueryParam("format") @DefaultValue("xlsx")
                             @Pattern(regexp = "xlsx|csv", message = "{kinerja.xlsxOrCsv}") String format) {
        Worksheet worksheet = worksheets.worksheet(roundId);
        boolean xlsx = format.equals("xlsx");
        StreamingOutput body = out -> {
            if (xlsx) {
                WorksheetFiles.xlsx(worksheet, out);
            } else {
                WorksheetFiles.csv(worksheet, out);
            }
        };
        return Response.ok(body, xlsx ? PlanFileReader.XLSX : PlanFileReader.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + worksheet.fileName(format) + "\"")
                .build();
    }

    @POST
    @Consumes({PlanFileReader.XLSX, PlanFileReader.CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATION})
    @Operation(operationId = "uploadWorksheet",
            summary = "Upload a filled realisation worksheet (unggah lembar realisasi)",
            description = "The worksheet's XLSX or a CSV of its columns (indicator_code and realisation required; grade, "
                    + "note and the template's other columns optional, the latter ignored). Each row goes through the "
                    + "rules of entering one entry by hand: an operator's rows become their ENTERED entries (own "
                    + "division only); an integration's (with source) land as PROPOSED entries awaiting the "
                    + "operator, like a realisation push. Rows with nothing filled, or equal to the entry, are "
                    + "UNCHANGED. All or nothing: any rejected row (another division's or an unknown indicator, a "
                    + "verified or locked entry, a round not open for entries, a wrong value) refuses the whole file "
                    + "(422, the summary in context.summary). dryRun=true checks and reports without writing. With an "
                    + "Idempotency-Key the same request again answers the first result and changes nothing.")
    @APIResponse(responseCode = "200", description = "Applied (or, in a dry run, would apply)",
            content = @Content(schema = @Schema(implementation = WorksheetReport.class)))
    @APIResponse(responseCode = "400", description = "Unreadable file, wrong or missing columns, bad parameters, "
            + "source missing (integration) or sent (operator)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for a different request, or an "
            + "entry of the file was changed by someone else while it was read; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is above the import limit (kinerja.import.max-size)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither XLSX nor CSV",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Rows rejected; nothing was written; context.summary has the "
            + "upload summary with each row's errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(
            @PathParam("roundId") UUID roundId,
            @QueryParam("dryRun") @DefaultValue("false") @Pattern(regexp = "true|false", message = "{kinerja.trueOrFalse}")
            String dryRun,
            @Parameter(description = "INTEGRATION only: the system the figures come from", example = "SIPD-Keuangan")
            @QueryParam("source") @Size(max = 200) String source,
            @Parameter(description = "Optional; the same key and request again returns the first answer")
            @HeaderParam(ImportResource.IDEMPOTENCY_KEY) @Pattern(regexp = "[\\x21-\\x7E]{1,200}",
                    message = "{kinerja.idempotencyKey}") String idempotencyKey,
            @Context HttpHeaders headers,
            InputStream body) throws IOException {
        MediaType type = headers.getMediaType();
        WorksheetService.Result result = worksheets.upload(roundId, Boolean.parseBoolean(dryRun), source,
                idempotencyKey, type.getType() + "/" + type.getSubtype(), headers.getLength(), body);
        Response.ResponseBuilder response = Response.ok(result.report());
        if (result.replayed()) {
            response.header(ImportResource.REPLAYED, "true");
        }
        return response.build();
    }
}

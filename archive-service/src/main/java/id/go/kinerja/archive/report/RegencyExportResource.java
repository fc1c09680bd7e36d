package id.go.kinerja.archive.report;

import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one endpoint that reaches across agencies, for the one role that may: REGENCY_AUDITOR (the regency's
 * Inspektorat or Bappeda). It reads the archive only; every other endpoint stays scoped to the token's agency.
 */
@Path("/api/archive/regency")
@RolesAllowed(Roles.REGENCY_AUDITOR)
@Tag(name = "Regency export", description = "Archived results of every agency of the regency (hasil kinerja seluruh perangkat daerah)")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Only REGENCY_AUDITOR reads across agencies",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RegencyExportResource {

    @Inject
    RegencyExport export;

    @GET
    @Path("results")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    @Operation(operationId = "exportRegencyResults",
            summary = "Regency-wide export of archived results (ekspor hasil kinerja tingkat kabupaten)",
            description = "One row per indicator of the newest archived revision of every recap of every agency "
                    + "(perangkat daerah) for the year (tahun) or one quarter (triwulan): agency, period, plan level "
                    + "(tingkat), code, indicator, unit (satuan), target, realisation (realisasi), and for "
                    + "type=measurement the achievement (capaian %) and predicate (predikat), for type=collection "
                    + "the division (bidang) and who entered and verified the figure; then the revision, archive id "
                    + "and seal (segel) to check each row against the archive. Ordered by agency code, quarter and "
                    + "archive order. format=xlsx (one sheet, figures as numeric cells) or csv (UTF-8 with BOM, "
                    + "';'-separated, decimal comma). Streamed: memory does not grow with the number of rows.")
    @APIResponse(responseCode = "200", description = "The export file",
            content = {@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    @Content(mediaType = "text/csv")})
    @APIResponse(responseCode = "400", description = "year missing, or year, quarter, type or format invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response results(
            @Parameter(description = "Year of the period", required = true, example = "2025") @QueryParam("year") Integer year,
            @Parameter(description = "Quarter (triwulan), 1-4; the whole year when absent", example = "1")
            @QueryParam("quarter") @Min(1) @Max(4) Integer quarter,
            @Parameter(description = "collection or measurement", required = true, example = "measurement")
            @QueryParam("type") String type,
            @Parameter(description = "xlsx or csv", example = "xlsx") @QueryParam("format") @DefaultValue("xlsx") String format) {
        RegencyExport.Export file = export.export(year, quarter, type, format);
        return Response.ok(file.body(), file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }
}

package id.go.kinerja.archive.report;

import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reports of one archived record, beside the record's own address. */
@Path("/api/archive/records/{archiveId}/report")
@RolesAllowed({Roles.HEAD, Roles.SECRETARY, Roles.SAKIP_TEAM, Roles.AUDITOR})
@Tag(name = "Archive records")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not read the archive",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RecordReportResource {

    @Inject
    Reports reports;

    @GET
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv",
            MediaType.APPLICATION_JSON})
    @Operation(operationId = "getRecordReport",
            summary = "Report of an archived record (laporan hasil pengumpulan / pengukuran data kinerja)",
            description = "type=collection: \"Laporan Hasil Pengumpulan Data Kinerja\" (per indicator: target, "
                    + "realisation (realisasi), division, entered and verified by). type=measurement: \"Laporan Hasil "
                    + "Pengukuran Kinerja\" (per plan level: target, realisation, achievement (capaian %), predicate "
                    + "(predikat), roll-ups, budget ceiling (pagu), realisation and absorption (serapan); level "
                    + "summaries). Both carry the review decisions of every revision, the Head's disposition "
                    + "(disposisi) and the archive seal with the address that verifies it. In Indonesian. "
                    + "format=pdf (A4 landscape), xlsx, csv (UTF-8 with BOM, ';'-separated, decimal comma) or json "
                    + "(the structured report). The body is streamed.")
    @APIResponse(responseCode = "200", description = "The report file",
            content = {@Content(mediaType = "application/pdf"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    @Content(mediaType = "text/csv"),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class))})
    @APIResponse(responseCode = "400", description = "type or format is missing or unknown, or archiveId is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such record in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(
            @PathParam("archiveId") UUID archiveId,
            @Parameter(description = "collection or measurement", required = true, example = "measurement")
            @QueryParam("type") String type,
            @Parameter(description = "pdf, xlsx, csv or json", example = "pdf") @QueryParam("format") @DefaultValue("pdf")
            String format,
            @Context UriInfo uriInfo) {
        Reports.RenderedReport report = reports.render(archiveId, type, format, uriInfo.getBaseUri());
        return Response.ok(report.body(), report.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + report.fileName() + "\"")
                .build();
    }
}

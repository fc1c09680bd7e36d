package id.go.kinerja.archive.record;

import id.go.kinerja.archive.report.Report;
import id.go.kinerja.archive.report.Reports;
import id.go.kinerja.archive.verification.RecordVerification;
import id.go.kinerja.archive.verification.VerificationService;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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

/**
 * Read-only access to the archive. There is deliberately no PUT, PATCH or DELETE here: an archived
 * record cannot be changed, and asking to answers 405.
 */
@Path("/api/archive/records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HEAD, Roles.SECRETARY, Roles.SAKIP_TEAM, Roles.AUDITOR})
@Tag(name = "Archive records", description = "The immutable archive of disposed recaps (arsip data kinerja, SOP A12 / B10)")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not read the archive",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ArchiveRecordResource {

    @Inject
    ArchiveQueries queries;

    @Inject
    VerificationService verification;

    @Inject
    Reports reports;

    @GET
    @Operation(summary = "List archived records (daftar arsip)",
            description = "The caller's agency's archived recap revisions, newest first, without their documents. "
                    + "Filter by year (tahun), quarter (triwulan), recap (rekap) and indicator code (kode indikator): "
                    + "records whose document has an item with that code.")
    @APIResponse(responseCode = "200", description = "A page of archived records")
    @APIResponse(responseCode = "400", description = "A filter or paging value is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<RecordSummary> list(
            @Parameter(description = "Year of the period", example = "2025") @QueryParam("year") Integer year,
            @Parameter(description = "Quarter (triwulan), 1-4", example = "1") @QueryParam("quarter") @Min(1) @Max(4) Integer quarter,
            @Parameter(description = "Only revisions of this recap") @QueryParam("recapId") UUID recapId,
            @Parameter(description = "Only records with an item of this indicator code", example = "IKS-01")
            @QueryParam("indicatorCode") @Size(max = 100) String indicatorCode,
            @Parameter(description = "Page, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, at most " + PageOf.MAX_SIZE) @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return queries.list(year, quarter, recapId, indicatorCode, page, size);
    }

    @GET
    @Path("{archiveId}")
    @Operation(summary = "Get an archived record with its document (dokumen arsip)",
            description = "The record's place in the hash chain and its seal, and the complete archived document: "
                    + "plan nodes, indicators with targets and realisations (realisasi), achievements (capaian) and "
                    + "predicates (predikat), level summaries, every review with its decisions and reasons, and the "
                    + "Head's disposition (disposisi).")
    @APIResponse(responseCode = "200", description = "The record and its document")
    @APIResponse(responseCode = "400", description = "archiveId is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such record in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecordDetails get(@PathParam("archiveId") UUID archiveId) {
        return queries.get(archiveId);
    }

    @GET
    @Path("{archiveId}/verification")
    @Operation(summary = "Verify an archived record (verifikasi keutuhan arsip)",
            description = "Recomputes the document's content hash from its canonical form, the record's seal, and "
                    + "its links to the previous and next records of the agency's hash chain. VALID, or INVALID with "
                    + "the first check that failed.")
    @APIResponse(responseCode = "200", description = "The verdict and every check")
    @APIResponse(responseCode = "400", description = "archiveId is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such record in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecordVerification verify(@PathParam("archiveId") UUID archiveId) {
        return verification.verifyRecord(archiveId);
    }

    @GET
    @Path("{archiveId}/report")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv",
            MediaType.APPLICATION_JSON})
    @Operation(summary = "Report of an archived record (laporan hasil pengumpulan / pengukuran data kinerja)",
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

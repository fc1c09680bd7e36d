package id.go.kinerja.archive.record;

import id.go.kinerja.platform.api.ListParameters;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Read-only access to the archive. There is deliberately no PUT, PATCH or DELETE here: an archived
 * record cannot be changed, and asking to answers 405. A record's verification and its reports are served by
 * their own features ({@code verification}, {@code report}), which read the record, not the other way round.
 */
@Path("/api/archive/records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HEAD, Roles.SECRETARY, Roles.SAKIP_TEAM, Roles.AUDITOR, Roles.INTEGRATION})
@Tag(name = "Archive records", description = "The immutable archive of disposed recaps (arsip data kinerja, SOP A12 / B10)")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not read the archive",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ArchiveRecordResource {

    @Inject
    ArchiveQueries queries;

    @GET
    @Operation(operationId = "listArchivedRecords",
            summary = "List archived records (daftar arsip)",
            description = "The caller's agency's archived recap revisions, newest first, without their documents. "
                    + "Filter by year (tahun), quarter (triwulan), recap (rekap) and indicator code (kode indikator): "
                    + "records whose document has an item with that code. sort takes updatedAt (when archived), "
                    + "chainPosition, year or quarter; updatedSince and cursor read the records archived since, "
                    + "oldest first, e.g. for e-sakip to pull what was archived (docs/integration.md).")
    @APIResponse(responseCode = "200", description = "A page of archived records")
    @APIResponse(responseCode = "400", description = "A filter, paging, sort, updatedSince or cursor value is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<RecordSummary> list(
            @Parameter(description = "Year of the period", example = "2025") @QueryParam("year") Integer year,
            @Parameter(description = "Quarter (triwulan), 1-4", example = "1") @QueryParam("quarter") @Min(1) @Max(4) Integer quarter,
            @Parameter(description = "Only revisions of this recap") @QueryParam("recapId") UUID recapId,
            @Parameter(description = "Only records with an item of this indicator code", example = "IKS-01")
            @QueryParam("indicatorCode") @Size(max = 100) String indicatorCode,
            @Valid @BeanParam ListParameters window,
            @Parameter(description = "Page, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, at most " + PageOf.MAX_SIZE) @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return queries.list(year, quarter, recapId, indicatorCode, window, page, size);
    }

    @GET
    @Path("{archiveId}")
    @Operation(operationId = "getArchivedRecord",
            summary = "Get an archived record with its document (dokumen arsip)",
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
}

package id.go.kinerja.web.archive;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.backend.Download;
import id.go.kinerja.web.backend.ServiceProblem;
import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.site.FilterRefusal;
import id.go.kinerja.web.site.Pager;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Arsip: the agency's sealed records (SOP A12 / B10) from archive-service: the list with its filters, one record with
 * its document and the verification of its seal, the whole chain's verification, and the reports (PDF, XLSX) passed
 * through from the service as they come. The application keeps none of it.
 */
@Path("/arsip")
@Blocking
public class ArchivePage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance records(List<RecordSummary> records, Map<String, String> filters, Pager pager,
                                               ServiceProblem problem);

        static native TemplateInstance record(RecordSummary record, ArchivedDocument document, SealVerification seal);

        static native TemplateInstance chain(ChainVerification chain);
    }

    @Inject
    Services services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response records(@QueryParam("tahun") String year, @QueryParam("triwulan") String quarter,
                            @QueryParam("indikator") String indicatorCode, @QueryParam("halaman") String halaman) {
        int page = Pager.requested(halaman);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("tahun", year);
        filters.put("triwulan", quarter);
        filters.put("indikator", indicatorCode);
        try {
            JsonNode answer = services.archive("/api/archive/records").query("year", year).query("quarter", quarter)
                    .query("indicatorCode", indicatorCode).query("page", page).query("size", PAGE_SIZE).get().body();
            List<RecordSummary> records = new ArrayList<>();
            answer.path("items").forEach(record -> records.add(RecordSummary.of(record)));
            Pager pager = Pager.of("/arsip", filters, page, PAGE_SIZE, answer.path("total").asLong());
            return Response.ok(Templates.records(records, filters, pager, null)).build();
        } catch (ServiceProblem problem) {
            return FilterRefusal.shownWithFilters(problem, Templates.records(List.of(), filters, null, problem));
        }
    }

    @GET
    @Path("rantai")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance chain() {
        return Templates.chain(ChainVerification.of(services.archive("/api/archive/chain/verification").get().body()));
    }

    @GET
    @Path("{archiveId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance record(@PathParam("archiveId") String archiveId) {
        JsonNode record = services.archive("/api/archive/records/{archiveId}", archiveId).get().body();
        JsonNode verification = services.archive("/api/archive/records/{archiveId}/verification", archiveId).get().body();
        return Templates.record(RecordSummary.of(record.path("metadata")), ArchivedDocument.of(record.path("document")),
                SealVerification.of(verification));
    }

    /**
     * A report of the record as archive-service renders it, streamed to the browser with the service's content type
     * and file name. {@code jenis} is {@code pengumpulan} or {@code pengukuran}; anything else goes to the service as
     * it is, which names what it takes.
     */
    @GET
    @Path("{archiveId}/laporan")
    public Response report(@PathParam("archiveId") String archiveId, @QueryParam("jenis") String kind,
                           @QueryParam("format") String format) {
        String type = switch (kind == null ? "" : kind) {
            case "pengumpulan" -> "collection";
            case "pengukuran" -> "measurement";
            default -> kind;
        };
        Download report = services.archive("/api/archive/records/{archiveId}/report", archiveId).query("type", type)
                .query("format", format).download();
        return Response.ok(report.content(), report.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, report.contentDisposition())
                .build();
    }
}

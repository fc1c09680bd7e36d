package id.go.kinerja.web.entry;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.web.backend.Answer;
import id.go.kinerja.web.backend.ServiceProblem;
import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.site.HtmlAnswer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Isian realisasi (SOP A6), the operator's pages: the rounds, and a round's items of their division, where they enter
 * a value or a grade with a note, or "no data" with its reason; confirm a realisation another system proposed;
 * correct what the division head or the Secretary returned; attach and remove evidence; and take the division's
 * Excel worksheet out and back in with the service's row-by-row report.
 */
@Path("/isian")
@Blocking
public class EntryPage {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rounds(List<RoundRow> rounds);

        static native TemplateInstance round(RoundPage page);
    }

    @Inject
    RoundEntries entries;

    @Inject
    Services services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance rounds() {
        return Templates.rounds(entries.rounds(List.of("ENTER", "CONFIRM", "CORRECT")));
    }

    @GET
    @Path("putaran/{roundId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance round(@PathParam("roundId") UUID roundId, @QueryParam("pesan") String message) {
        return Templates.round(RoundPage.of(entries.round(roundId.toString()), message));
    }

    /** Enters or corrects a realisation: a value or a grade with a note, or no data with its reason. */
    @POST
    @Path("putaran/{roundId}/butir/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response enter(@PathParam("roundId") UUID roundId, @PathParam("code") String code,
                          @FormParam("etag") String etag, @FormParam("nilai") String value,
                          @FormParam("predikat") String grade, @FormParam("catatan") String note,
                          @FormParam("tidakAdaData") String noData, @FormParam("alasanTidakAdaData") String noDataReason) {
        Map<String, String> typed = new HashMap<>();
        typed.put("nilai", orEmpty(value));
        typed.put("predikat", orEmpty(grade));
        typed.put("catatan", orEmpty(note));
        typed.put("tidakAdaData", "true".equals(noData) ? "true" : "");
        typed.put("alasanTidakAdaData", orEmpty(noDataReason));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if ("true".equals(noData)) {
            body.put("noData", true);
            putText(body, "noDataReason", noDataReason);
        } else if (grade != null) {
            putText(body, "grade", grade == null ? null : grade.strip().toUpperCase(Locale.ROOT));
        } else {
            putNumber(body, "value", value);
        }
        putText(body, "note", note);
        return act(roundId, code, RoundPage.ENTER, typed, "tersimpan", () -> services
                .collection("/api/collection/rounds/{roundId}/entries/{code}", roundId, code).ifMatch(etag).put(body));
    }

    /** Confirms a realisation pushed by another system (PROPOSED) as it is. */
    @POST
    @Path("putaran/{roundId}/butir/{code}/konfirmasi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("roundId") UUID roundId, @PathParam("code") String code,
                            @FormParam("etag") String etag, @FormParam("kunci") String key) {
        return act(roundId, code, RoundPage.CONFIRM, Map.of(), "dikonfirmasi", () -> services
                .collection("/api/collection/rounds/{roundId}/entries/{code}/confirmation", roundId, code)
                .ifMatch(etag).idempotencyKey(key).post(""));
    }

    @POST
    @Path("putaran/{roundId}/butir/{code}/bukti")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response attach(@PathParam("roundId") UUID roundId, @PathParam("code") String code,
                           @RestForm("berkas") FileUpload file, @RestForm("kunci") String key) throws IOException {
        Multipart body = file == null ? Multipart.ofFile("file", "", null, new byte[0])
                : Multipart.ofFile("file", file.fileName(), file.contentType(), Files.readAllBytes(file.uploadedFile()));
        return act(roundId, code, RoundPage.EVIDENCE, Map.of(), "bukti-dilampirkan", () -> services
                .collection("/api/collection/rounds/{roundId}/entries/{code}/evidence", roundId, code)
                .idempotencyKey(key).upload(body.body(), body.mediaType(), null));
    }

    @POST
    @Path("putaran/{roundId}/butir/{code}/bukti/{evidenceId}/hapus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response remove(@PathParam("roundId") UUID roundId, @PathParam("code") String code,
                           @PathParam("evidenceId") UUID evidenceId) {
        return act(roundId, code, RoundPage.EVIDENCE, Map.of(), "bukti-dihapus", () -> services
                .collection("/api/collection/rounds/{roundId}/entries/{code}/evidence/{evidenceId}", roundId, code,
                        evidenceId).delete());
    }

    @GET
    @Path("putaran/{roundId}/butir/{code}/bukti/{evidenceId}")
    public Response evidence(@PathParam("roundId") UUID roundId, @PathParam("code") String code,
                             @PathParam("evidenceId") UUID evidenceId) {
        return entries.evidenceFile(roundId, code, evidenceId);
    }

    /** The division's worksheet of the round (XLSX, or CSV with {@code format=csv}), as the service makes it. */
    @GET
    @Path("putaran/{roundId}/lembar")
    public Response worksheet(@PathParam("roundId") UUID roundId, @QueryParam("format") @DefaultValue("xlsx") String format) {
        return RoundForms.pass(services.collection("/api/collection/rounds/{roundId}/worksheet", roundId)
                .query("format", "csv".equals(format) ? "csv" : "xlsx").download());
    }

    /**
     * A filled worksheet back to the service (or only checked, "periksa saja"). The answer is the service's report of
     * every row, shown on the round's page; a reload repeats the Idempotency-Key, so it reports the first answer
     * again instead of entering twice.
     */
    @POST
    @Path("putaran/{roundId}/lembar")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response uploadWorksheet(@PathParam("roundId") UUID roundId, @RestForm("berkas") FileUpload file,
                                    @RestForm("periksa") String dryRun, @RestForm("kunci") String key) throws IOException {
        byte[] content = file == null ? new byte[0] : Files.readAllBytes(file.uploadedFile());
        String name = file == null ? "" : file.fileName();
        try {
            Answer answer = services.collection("/api/collection/rounds/{roundId}/worksheet", roundId)
                    .query("dryRun", "true".equals(dryRun) ? "true" : null).idempotencyKey(key)
                    .upload(content, worksheetType(name, file == null ? null : file.contentType()), name);
            Round round = entries.round(roundId.toString());
            return HtmlAnswer.of(200, Templates.round(new RoundPage(round, null, null,
                    WorksheetReport.of(answer.body(), false))));
        } catch (ServiceProblem problem) {
            Round round = entries.round(roundId.toString());
            WorksheetReport report = "UPLOAD_REJECTED".equals(problem.code())
                    ? WorksheetReport.of(problem.context().path("summary"), true) : null;
            return HtmlAnswer.of(problem.status(), Templates.round(new RoundPage(round, null,
                    new Attempt(null, RoundPage.WORKSHEET, problem, Map.of()), report)));
        }
    }

    private Response act(UUID roundId, String code, String form, Map<String, String> typed, String message,
                         Supplier<?> call) {
        return entries.act("/isian/putaran/{roundId}", Templates::round, roundId, code, form, typed, message, call);
    }

    /** The service reads the file by its type: the name tells a worksheet's type better than browsers do. */
    static String worksheetType(String fileName, String browserType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return "text/csv";
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        return browserType == null || browserType.isBlank() ? "application/octet-stream" : browserType;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void putText(ObjectNode body, String field, String text) {
        if (text != null && !text.isBlank()) {
            body.put(field, text.strip());
        }
    }

    /**
     * A number as Indonesians type it ("1.234,5" or "12,5"), or as a program writes it ("12.5"). What is no number goes
     * to the service as typed, which names the field in its refusal.
     */
    private static void putNumber(ObjectNode body, String field, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String plain = text.strip().replace(" ", "");
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        }
        try {
            body.put(field, new BigDecimal(plain));
        } catch (NumberFormatException e) {
            body.put(field, text.strip());
        }
    }
}

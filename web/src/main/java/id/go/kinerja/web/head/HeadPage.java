package id.go.kinerja.web.head;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.web.backend.ServiceProblem;
import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.format.IndonesianFormats;
import id.go.kinerja.web.secretary.Attempt;
import id.go.kinerja.web.site.Notices;
import id.go.kinerja.web.secretary.ReviewedRecap;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Kepala Dinas: the memos (Nota Dinas) that order the collection of a period (A1, it opens the collection round) and
 * its measurement (B1, it opens the measurement round), the approved recaps waiting for his disposition (A11 / B9),
 * and the way to the agency's capaian per level.
 */
@Path("/kepala")
@Blocking
public class HeadPage {

    static final String A1 = "a1";
    static final String B1 = "b1";

    private static final Notices NOTICES = new Notices(Map.of(
            "a1", "Nota Dinas pengumpulan data tersimpan; putaran pengumpulan dibuka dan Sekretaris dapat memulai rapat (A2).",
            "b1", "Nota Dinas pengukuran kinerja tersimpan; putaran pengukuran dibuka dan Sekretaris dapat memulai rapat (B2)."));

    /** What the memo forms start with: the period a waiting recap or the calendar suggests, a fresh key each. */
    public record MemoForms(int year, int quarter, String today, String collectionKey, String measurementKey) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance head(List<JsonNode> rounds, List<JsonNode> memosWaiting,
                                            List<JsonNode> approved, MemoForms forms, String notice, Attempt attempt);
    }

    @Inject
    Services services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("pesan") String notice) {
        return page(NOTICES.of(notice), Attempt.NONE);
    }

    /** A1: the memo opens the collection round of the period on the year's published performance agreement. */
    @POST
    @Path("nota-pengumpulan")
    @Produces(MediaType.TEXT_HTML)
    public Response collectionMemo(@FormParam("year") String year, @FormParam("quarter") String quarter,
                                   @FormParam("number") String number, @FormParam("date") String date,
                                   @FormParam("idempotencyKey") String idempotencyKey) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("year", whole(year)).put("quarter", whole(quarter));
        body.set("memo", memo(number, date));
        return recorded(A1, Attempt.send(A1, typed(year, quarter, number, date),
                () -> services.collection("/api/collection/rounds").idempotencyKey(idempotencyKey).post(body)));
    }

    /** B1: the memo opens the measurement round of the period; a recap of it waiting for the memo is measured then. */
    @POST
    @Path("nota-pengukuran")
    @Produces(MediaType.TEXT_HTML)
    public Response measurementMemo(@FormParam("year") String year, @FormParam("quarter") String quarter,
                                    @FormParam("number") String number, @FormParam("date") String date,
                                    @FormParam("idempotencyKey") String idempotencyKey) {
        Integer wholeYear = whole(year);
        Integer wholeQuarter = whole(quarter);
        return recorded(B1, Attempt.send(B1, typed(year, quarter, number, date), () -> {
            if (wholeYear == null || wholeQuarter == null) {
                throw periodMissing(wholeYear, wholeQuarter);
            }
            services.measurement("/api/measurement/rounds/{year}/{quarter}/steps/B1", wholeYear, wholeQuarter)
                    .idempotencyKey(idempotencyKey).post(memo(number, date));
        }));
    }

    private TemplateInstance page(String notice, Attempt attempt) {
        List<JsonNode> rounds = ReviewedRecap.list(services.collection("/api/collection/rounds").query("sort", "-openedAt")
                .query("size", 8).get().body().path("items"));
        List<JsonNode> memosWaiting = new ArrayList<>();
        services.measurement("/api/measurement/my-work").get().body().path("items").forEach(item -> {
            if ("MEMO".equals(item.path("kind").asText())) {
                memosWaiting.add(item);
            }
        });
        List<JsonNode> approved = ReviewedRecap.withStatus(services, "APPROVED");
        LocalDate today = LocalDate.now(IndonesianFormats.WIB);
        int year = memosWaiting.isEmpty() ? today.getYear() : memosWaiting.get(0).path("year").asInt();
        int quarter = memosWaiting.isEmpty() ? (today.getMonthValue() + 2) / 3 : memosWaiting.get(0).path("quarter").asInt();
        MemoForms forms = new MemoForms(year, quarter, today.toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        return Templates.head(rounds, memosWaiting, approved, forms, notice, attempt.placed(!attempt.form().isEmpty()));
    }

    private Response recorded(String memo, Attempt refused) {
        return refused == null ? Response.seeOther(URI.create("/kepala?pesan=" + memo)).build()
                : refused.answer(page(null, refused));
    }

    /** The Nota Dinas as both services take it: {@code {number, date}}. */
    private static ObjectNode memo(String number, String date) {
        ObjectNode memo = JsonNodeFactory.instance.objectNode();
        memo.put("number", number == null || number.isBlank() ? null : number.strip());
        memo.put("date", date == null || date.isBlank() ? null : date.strip());
        return memo;
    }

    /** The period of B1 is part of measurement's path: without it there is nothing to send. */
    private static ServiceProblem periodMissing(Integer year, Integer quarter) {
        List<ServiceProblem.FieldError> errors = new ArrayList<>();
        if (year == null) {
            errors.add(new ServiceProblem.FieldError("year", "tahun wajib diisi dengan angka"));
        }
        if (quarter == null) {
            errors.add(new ServiceProblem.FieldError("quarter", "triwulan wajib dipilih (1-4)"));
        }
        return new ServiceProblem(400, "VALIDATION_FAILED", "Isian tidak valid", "Tahun dan triwulan wajib diisi.",
                errors, null);
    }

    private static Integer whole(String number) {
        try {
            return number == null ? null : Integer.valueOf(number.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, String> typed(String year, String quarter, String number, String date) {
        return Map.of("year", year == null ? "" : year, "quarter", quarter == null ? "" : quarter,
                "number", number == null ? "" : number, "date", date == null ? "" : date);
    }
}

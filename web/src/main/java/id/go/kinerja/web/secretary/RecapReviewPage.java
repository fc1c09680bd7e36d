package id.go.kinerja.web.secretary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.web.backend.Download;
import id.go.kinerja.web.backend.ServiceProblem;
import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.site.Notices;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Telaah Sekretaris (SOP A10 / B8): one recap with its items, the decision per item (accept, or return with a reason to
 * collection or measurement), what changed since her last review, and the conclusion: approve (every item accepted)
 * or return (at least one item returned). The revision and measurement she read travel with every decision, so a
 * decision on a document she has not seen is refused by approval-service (409) instead of applied.
 */
@Path("/sekretaris/rekap/{recapId}")
@Blocking
public class RecapReviewPage {

    static final String APPROVAL = "/api/approval/recaps/{recapId}";

    /** The filters of the item list (approval's {@code decision}), by the words of the page's links. */
    private static final Map<String, String> FILTERS = Map.of(
            "belum", "UNDECIDED", "diterima", "ACCEPTED", "dikembalikan", "RETURNED");

    private static final Notices NOTICES = new Notices(Map.of(
            "keputusan", "Keputusan atas butir tersimpan.",
            "semua", "Semua butir yang belum diputuskan telah diterima.",
            "tidak-ada", "Tidak ada butir yang belum diputuskan.",
            "disetujui", "Rekap disetujui. Datanya terkunci dan menunggu disposisi Kepala Dinas.",
            "dikembalikan", "Rekap dikembalikan untuk diperbaiki; revisi berikutnya akan masuk kembali ke kotak masuk."));

    private static final Set<String> CONCLUSIONS = Set.of("terima-semua", "persetujuan", "pengembalian");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(ReviewedRecap recap, String filter, String notice, Attempt attempt,
                                              String approvalKey, String returnKey);

        static native TemplateInstance revision(ReviewedRecap recap, ReviewedRecap current, JsonNode review,
                                                List<JsonNode> measuredRevisions);
    }

    @Inject
    Services services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("recapId") String recapId, @QueryParam("keputusan") String filter,
                                 @QueryParam("pesan") String notice) {
        return review(recapId, filter, NOTICES.of(notice), Attempt.NONE);
    }

    @POST
    @Path("butir/{indicatorCode}")
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("recapId") String recapId, @PathParam("indicatorCode") String indicatorCode,
                           @FormParam("revision") Integer revision, @FormParam("measuredRevision") Integer measuredRevision,
                           @FormParam("decision") String decision, @FormParam("reason") String reason,
                           @FormParam("returnTo") String returnTo, @FormParam("keputusan") String filter) {
        ObjectNode body = document(revision, measuredRevision).put("decision", decision);
        if ("RETURNED".equals(decision)) {
            body.put("reason", reason);
            if (returnTo != null && !returnTo.isBlank()) {
                body.put("returnTo", returnTo);
            }
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("decision", decision);
        typed.put("reason", reason);
        typed.put("returnTo", returnTo);
        Attempt refused = Attempt.send("butir-" + indicatorCode, typed, () -> services
                .approval(APPROVAL + "/items/{indicatorCode}/decision", recapId, indicatorCode).put(body));
        return refused == null ? back(recapId, filter, "keputusan", "butir-" + indicatorCode)
                : refused.answer(review(recapId, filter, null, refused));
    }

    /** Accepts every item still undecided in one request (approval's bulk decision: all or none). */
    @POST
    @Path("terima-semua")
    @Produces(MediaType.TEXT_HTML)
    public Response acceptUndecided(@PathParam("recapId") String recapId, @FormParam("revision") Integer revision,
                                    @FormParam("measuredRevision") Integer measuredRevision,
                                    @FormParam("keputusan") String filter) {
        try {
            JsonNode undecided = services.approval(APPROVAL, recapId).query("decision", "UNDECIDED").get().body()
                    .path("document").path("items");
            if (undecided.isEmpty()) {
                return back(recapId, filter, "tidak-ada", null);
            }
            ObjectNode body = document(revision, measuredRevision);
            undecided.forEach(item -> body.withArray("decisions").addObject()
                    .put("indicatorCode", item.path("indicatorCode").asText()).put("decision", "ACCEPTED"));
            services.approval(APPROVAL + "/decisions", recapId).put(body);
        } catch (ServiceProblem problem) {
            Attempt refused = Attempt.refused("terima-semua", problem, Map.of());
            return refused.answer(review(recapId, filter, null, refused));
        }
        return back(recapId, filter, "semua", null);
    }

    @POST
    @Path("persetujuan")
    @Produces(MediaType.TEXT_HTML)
    public Response approve(@PathParam("recapId") String recapId, @FormParam("revision") Integer revision,
                            @FormParam("measuredRevision") Integer measuredRevision, @FormParam("note") String note,
                            @FormParam("idempotencyKey") String idempotencyKey) {
        return conclude(recapId, "approval", "persetujuan", "disetujui", revision, measuredRevision, note, idempotencyKey);
    }

    @POST
    @Path("pengembalian")
    @Produces(MediaType.TEXT_HTML)
    public Response returnForCorrection(@PathParam("recapId") String recapId, @FormParam("revision") Integer revision,
                                        @FormParam("measuredRevision") Integer measuredRevision,
                                        @FormParam("note") String note,
                                        @FormParam("idempotencyKey") String idempotencyKey) {
        return conclude(recapId, "return", "pengembalian", "dikembalikan", revision, measuredRevision, note, idempotencyKey);
    }

    /** One revision as it was received, with the review that concluded it: what she saw then. */
    @GET
    @Path("revisi/{revision}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance revision(@PathParam("recapId") String recapId, @PathParam("revision") int revision,
                                     @QueryParam("pengukuran") Integer measuredRevision) {
        JsonNode recap = services.approval(APPROVAL, recapId).get().body();
        JsonNode answer = services.approval(APPROVAL + "/revisions/{revision}", recapId, revision)
                .query("measuredRevision", measuredRevision).get().body();
        return Templates.revision(ReviewedRecap.ofRevision(answer, recap), ReviewedRecap.of(recap), answer.path("review"),
                ReviewedRecap.list(answer.path("measuredRevisions")));
    }

    /** A file of evidence of an item's realisation, from collection, as it was attached. */
    @GET
    @Path("bukti/{indicatorCode}/{evidenceId}")
    public Response evidence(@PathParam("recapId") String recapId, @PathParam("indicatorCode") String indicatorCode,
                             @PathParam("evidenceId") String evidenceId) {
        String roundId = services.approval(APPROVAL, recapId).get().body().path("roundId").asText();
        Download file = services.collection("/api/collection/rounds/{roundId}/entries/{indicatorCode}/evidence/{evidenceId}",
                roundId, indicatorCode, evidenceId).download();
        return Response.ok(file.content(), file.contentType()).header("Content-Disposition", file.contentDisposition())
                .build();
    }

    private Response conclude(String recapId, String action, String form, String notice, Integer revision,
                              Integer measuredRevision, String note, String idempotencyKey) {
        ObjectNode body = document(revision, measuredRevision);
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        Attempt refused = Attempt.send(form, note == null ? Map.of() : Map.of("note", note), () -> services
                .approval(APPROVAL + "/" + action, recapId).idempotencyKey(idempotencyKey).post(body));
        return refused == null ? back(recapId, null, notice, null) : refused.answer(review(recapId, null, null, refused));
    }

    private TemplateInstance review(String recapId, String filter, String notice, Attempt attempt) {
        String decision = filter == null ? null : FILTERS.get(filter);
        JsonNode answer = services.approval(APPROVAL, recapId).query("decision", decision).get().body();
        ReviewedRecap recap = ReviewedRecap.of(answer);
        boolean formOnPage = recap.underReview() && (CONCLUSIONS.contains(attempt.form())
                || recap.items().stream().anyMatch(item -> attempt.at("butir-" + item.code())));
        return Templates.review(recap, decision == null ? "" : filter, notice, attempt.placed(formOnPage),
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    private static Response back(String recapId, String filter, String notice, String anchor) {
        UriBuilder page = UriBuilder.fromPath("/sekretaris/rekap/{recapId}").queryParam("pesan", notice);
        if (filter != null && FILTERS.containsKey(filter)) {
            page.queryParam("keputusan", filter);
        }
        if (anchor != null) {
            page.fragment(anchor);
        }
        return Response.seeOther(page.build(recapId)).build();
    }

    /** The document a decision or conclusion is about: the revision and measurement the page showed. */
    private static ObjectNode document(Integer revision, Integer measuredRevision) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (revision != null) {
            body.put("revision", revision);
        }
        if (measuredRevision != null) {
            body.put("measuredRevision", measuredRevision);
        }
        return body;
    }
}

package id.go.kinerja.web.head;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.web.backend.Services;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Map;
import java.util.UUID;

/**
 * Disposisi Kepala Dinas (SOP A11 / B9): the recap the Secretary approved and reported, with its capaian per level,
 * its items and her reviews; the Head records his disposition once, which hands the complete document to the archive.
 */
@Path("/kepala/rekap/{recapId}")
@Blocking
public class DispositionPage {

    private static final String FORM = "disposisi";

    private static final Notices NOTICES = new Notices(Map.of(
            "disposisi", "Disposisi tersimpan; rekap diteruskan ke arsip untuk disegel."));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance disposition(ReviewedRecap recap, String notice, Attempt attempt,
                                                   String idempotencyKey);
    }

    @Inject
    Services services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("recapId") String recapId, @QueryParam("pesan") String notice) {
        return page(recapId, NOTICES.of(notice), Attempt.NONE);
    }

    @POST
    @Path("disposisi")
    @Produces(MediaType.TEXT_HTML)
    public Response dispose(@PathParam("recapId") String recapId, @FormParam("text") String text,
                            @FormParam("idempotencyKey") String idempotencyKey) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("text", text);
        Attempt refused = Attempt.send(FORM, Map.of("text", text == null ? "" : text), () -> services
                .approval("/api/approval/recaps/{recapId}/disposition", recapId).idempotencyKey(idempotencyKey).post(body));
        if (refused != null) {
            return refused.answer(page(recapId, null, refused));
        }
        return Response.seeOther(UriBuilder.fromPath("/kepala/rekap/{recapId}").queryParam("pesan", FORM)
                .build(recapId)).build();
    }

    private TemplateInstance page(String recapId, String notice, Attempt attempt) {
        ReviewedRecap recap = ReviewedRecap.of(services.approval("/api/approval/recaps/{recapId}", recapId).get().body());
        boolean formOnPage = "APPROVED".equals(recap.status());
        return Templates.disposition(recap, notice, attempt.placed(formOnPage && attempt.at(FORM)),
                UUID.randomUUID().toString());
    }
}

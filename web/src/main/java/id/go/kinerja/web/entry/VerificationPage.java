package id.go.kinerja.web.entry;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.web.backend.Services;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Verifikasi (SOP A7), the division head's pages: the rounds, and a round's entries of their division with their
 * evidence, each verified or sent back to the operator with a reason.
 */
@Path("/verifikasi")
@Blocking
public class VerificationPage {

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
        return Templates.rounds(entries.rounds(List.of("VERIFY")));
    }

    @GET
    @Path("putaran/{roundId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance round(@PathParam("roundId") UUID roundId, @QueryParam("pesan") String message) {
        return Templates.round(RoundPage.of(entries.round(roundId.toString()), message));
    }

    /** VERIFY or SEND_BACK (the button pressed), with the entry's ETag as read: a value changed since is not verified unseen. */
    @POST
    @Path("putaran/{roundId}/butir/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("roundId") UUID roundId, @PathParam("code") String code,
                           @FormParam("etag") String etag, @FormParam("kunci") String key,
                           @FormParam("keputusan") String decision, @FormParam("alasan") String reason) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("decision", "SEND_BACK".equals(decision) ? "SEND_BACK" : "VERIFY");
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.strip());
        }
        String message = "SEND_BACK".equals(decision) ? "dikembalikan" : "diverifikasi";
        return entries.act("/verifikasi/putaran/{roundId}", Templates::round, roundId, code, RoundPage.VERIFY,
                Map.of("alasan", reason == null ? "" : reason), message, () -> services
                        .collection("/api/collection/rounds/{roundId}/entries/{code}/verification", roundId, code)
                        .ifMatch(etag).idempotencyKey(key).post(body));
    }

    @GET
    @Path("putaran/{roundId}/butir/{code}/bukti/{evidenceId}")
    public Response evidence(@PathParam("roundId") UUID roundId, @PathParam("code") String code,
                             @PathParam("evidenceId") UUID evidenceId) {
        return entries.evidenceFile(roundId, code, evidenceId);
    }
}

package id.go.kinerja.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import id.go.kinerja.web.backend.ServiceProblem;
import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.site.HtmlAnswer;
import id.go.kinerja.web.site.Notices;
import id.go.kinerja.web.site.Vocabulary;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A collection round as the SAKIP team works it (SOP part A): the timeline, the outputs of A2-A5 recorded here (A2 by
 * the Secretary, A3-A5 by the team), the entries still to be verified, and the recap the team submits to the
 * Secretary (A8-A9). A refused submission lists exactly what is missing: the indicators without a verified entry with
 * their states, or the SOP step that must come first.
 */
@Path("/tim-sakip/putaran/{roundId}")
@Blocking
public class RoundStepsPage {

    /** An indicator the recap waits for (no verified entry yet), as the round or RECAP_INCOMPLETE names it. */
    public record Missing(String code, String name, String divisionCode, String state) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance round(String base, JsonNode round, Timeline timeline, JsonNode recap,
                                             List<String> recordedSteps, List<String> divisions, int verified,
                                             int itemCount, List<Missing> unverified, Typed form, String idempotencyKey, Refusal refusal,
                                             List<Missing> missing, String missingPeriod, String success,
                                             List<Choice> documentKinds, List<Choice> documentStatuses);
    }

    private static final Notices SUCCESS = new Notices(Map.of(
            "A2", "Notulen rapat (A2) tercatat.",
            "A3", "Rencana kegiatan pengumpulan data (A3) tercatat.",
            "A4", "Daftar periksa dokumen (A4) tercatat.",
            "A5", "Pengarahan operator (A5) tercatat: operator dapat mulai mengisi data.",
            "rekap", "Rekap diajukan kepada Sekretaris (A8-A9)."));

    @Inject
    Services services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("roundId") UUID roundId, @QueryParam("berhasil") String done) {
        return page(roundId, Typed.nothing(), Refusal.none(), SUCCESS.of(done), 200);
    }

    @POST
    @Path("/langkah/{step}")
    @Produces(MediaType.TEXT_HTML)
    public Response record(@PathParam("roundId") UUID roundId, @PathParam("step") String step,
                           MultivaluedMap<String, String> fields) {
        Typed form = Typed.of(fields);
        Object output = switch (step) {
            case "A2" -> StepOutputForms.minutes(form);
            case "A3" -> StepOutputForms.workPlan(form);
            case "A4" -> StepOutputForms.checklist(form);
            case "A5" -> StepOutputForms.briefing(form, divisions(round(roundId)));
            default -> null;
        };
        if (output == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        try {
            services.collection("/api/collection/rounds/{id}/steps/{step}", roundId, step)
                    .idempotencyKey(form.get("idempotencyKey")).post(output);
        } catch (ServiceProblem problem) {
            return page(roundId, form, Refusal.at(step, problem), null, problem.status());
        }
        return done(roundId, step);
    }

    @POST
    @Path("/rekap")
    @Produces(MediaType.TEXT_HTML)
    public Response submitRecap(@PathParam("roundId") UUID roundId, MultivaluedMap<String, String> fields) {
        Typed form = Typed.of(fields);
        try {
            services.collection("/api/collection/rounds/{id}/recap", roundId)
                    .idempotencyKey(form.get("idempotencyKey")).post("");
        } catch (ServiceProblem problem) {
            return page(roundId, form, Refusal.at("rekap", problem), null, problem.status());
        }
        return done(roundId, "rekap");
    }

    private static Response done(UUID roundId, String what) {
        return Response.seeOther(URI.create("/tim-sakip/putaran/" + roundId + "?berhasil=" + what)).build();
    }

    private Response page(UUID roundId, Typed form, Refusal refusal, String success, int status) {
        JsonNode round = round(roundId);
        Timeline timeline = new Timeline(services.collection("/api/collection/rounds/{id}/timeline", roundId).get().body());
        JsonNode recap = recapOf(roundId);
        List<Missing> unverified = new ArrayList<>();
        for (JsonNode item : round.path("items")) {
            String state = item.path("state").asText();
            if (!"VERIFIED".equals(state) && !"LOCKED".equals(state)) {
                unverified.add(new Missing(item.path("indicatorCode").asText(), item.path("indicatorName").asText(""),
                        item.path("divisionCode").asText(""), state));
            }
        }
        int itemCount = round.path("items").size();
        ServiceProblem recapProblem = refusal.at("rekap");
        String missingPeriod = recapProblem == null ? "" : "triwulan " + recapProblem.context().path("quarter").asText()
                + " tahun " + recapProblem.context().path("year").asText();
        TemplateInstance page = Templates.round("/tim-sakip/putaran/" + roundId, round, timeline, recap,
                List.of("A2", "A3", "A4", "A5"), divisions(round), itemCount - unverified.size(), itemCount, unverified, form,
                UUID.randomUUID().toString(), refusal, missing(refusal, round), missingPeriod, success,
                choices(Vocabulary.documentKinds()), choices(Vocabulary.documentStatuses()));
        return HtmlAnswer.of(status, page);
    }

    private JsonNode round(UUID roundId) {
        return services.collection("/api/collection/rounds/{id}", roundId).get().body();
    }

    /** The round's recap, or null before the team first submitted it. */
    private JsonNode recapOf(UUID roundId) {
        try {
            return services.collection("/api/collection/rounds/{id}/recap", roundId).get().body();
        } catch (ServiceProblem problem) {
            if ("RECAP_OF_ROUND_NOT_FOUND".equals(problem.code())) {
                return null;
            }
            throw problem;
        }
    }

    /** The divisions with items in the round: each is briefed in A5. */
    private static List<String> divisions(JsonNode round) {
        TreeSet<String> divisions = new TreeSet<>();
        round.path("items").forEach(item -> divisions.add(item.path("divisionCode").asText()));
        return List.copyOf(divisions);
    }

    private static List<Missing> missing(Refusal refusal, JsonNode round) {
        ServiceProblem problem = refusal.at("rekap");
        List<Missing> missing = new ArrayList<>();
        if (problem == null || !"RECAP_INCOMPLETE".equals(problem.code())) {
            return missing;
        }
        for (String code : Refusal.texts(problem.context().path("missing"))) {
            JsonNode item = item(round, code);
            missing.add(new Missing(code, item.path("indicatorName").asText(""), item.path("divisionCode").asText(""),
                    problem.context().path("states").path(code).asText(item.path("state").asText(""))));
        }
        return missing;
    }

    private static JsonNode item(JsonNode round, String code) {
        for (JsonNode item : round.path("items")) {
            if (code.equals(item.path("indicatorCode").asText())) {
                return item;
            }
        }
        return MissingNode.getInstance();
    }

    private static List<Choice> choices(Map<String, String> words) {
        return words.entrySet().stream().map(entry -> new Choice(entry.getKey(), entry.getValue())).toList();
    }
}

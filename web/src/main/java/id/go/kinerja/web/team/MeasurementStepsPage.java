package id.go.kinerja.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.backend.ServiceProblem;
import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.site.HtmlAnswer;
import id.go.kinerja.web.site.Notices;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A measurement period as the SAKIP team works it (SOP part B; measurement-service identifies its round by year and
 * quarter): the timeline, the minutes of the Secretary's meeting (B2, hers), the team's plan (B3) and the declaration
 * that the methodology is ready (B4, refused while indicators have none: they are listed with a link to each). B5-B7
 * are the service's own, shown on the timeline with the period's recap.
 */
@Path("/tim-sakip/pengukuran/{year}/{quarter}")
@Blocking
public class MeasurementStepsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance period(String base, int year, int quarter, Timeline timeline, JsonNode recap,
                                              List<String> recordedSteps, Typed form, String idempotencyKey,
                                              Refusal refusal, String success);

        static native TemplateInstance notOpened(int year, int quarter, ServiceProblem problem);
    }

    private static final Notices SUCCESS = new Notices(Map.of(
            "B2", "Notulen rapat pengukuran (B2) tercatat.",
            "B3", "Rencana kegiatan pengukuran (B3) tercatat.",
            "B4", "Metodologi dinyatakan siap (B4): rekap periode ini diukur."));

    @Inject
    Services services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("year") int year, @PathParam("quarter") int quarter,
                         @QueryParam("berhasil") String done) {
        return page(year, quarter, Typed.nothing(), Refusal.none(), SUCCESS.of(done), 200);
    }

    @POST
    @Path("/langkah/{step}")
    @Produces(MediaType.TEXT_HTML)
    public Response record(@PathParam("year") int year, @PathParam("quarter") int quarter,
                           @PathParam("step") String step, MultivaluedMap<String, String> fields) {
        Typed form = Typed.of(fields);
        Object output = switch (step) {
            case "B2" -> StepOutputForms.minutes(form);
            case "B3" -> StepOutputForms.workPlan(form);
            case "B4" -> StepOutputForms.methodologyReady(form);
            default -> null;
        };
        if (output == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        try {
            services.measurement("/api/measurement/rounds/{year}/{quarter}/steps/{step}", year, quarter, step)
                    .idempotencyKey(form.get("idempotencyKey")).post(output);
        } catch (ServiceProblem problem) {
            return page(year, quarter, form, Refusal.at(step, problem), null, problem.status());
        }
        return Response.seeOther(URI.create(base(year, quarter) + "?berhasil=" + step)).build();
    }

    private Response page(int year, int quarter, Typed form, Refusal refusal, String success, int status) {
        JsonNode body;
        try {
            body = services.measurement("/api/measurement/rounds/{year}/{quarter}/timeline", year, quarter).get().body();
        } catch (ServiceProblem problem) {
            if (!"MEASUREMENT_ROUND_NOT_FOUND".equals(problem.code())) {
                throw problem;
            }
            return HtmlAnswer.of(status, Templates.notOpened(year, quarter, problem));
        }
        JsonNode recap = body.path("recap").isObject() ? body.path("recap") : null;
        return HtmlAnswer.of(status, Templates.period(base(year, quarter), year, quarter, new Timeline(body), recap,
                List.of("B2", "B3", "B4"), form, UUID.randomUUID().toString(), refusal, success));
    }

    private static String base(int year, int quarter) {
        return "/tim-sakip/pengukuran/" + year + "/" + quarter;
    }
}

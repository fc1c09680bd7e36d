package id.go.kinerja.web.head;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.format.IndonesianFormats;
import id.go.kinerja.web.secretary.PlanLevels;
import id.go.kinerja.web.site.SopStepNames;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * Capaian kinerja per level: the agency's achievement for a period at each level of the plan (Tujuan, Sasaran,
 * Program, Kegiatan, Sub Kegiatan), with each node's roll-up and budget absorption, from the latest measurement of the
 * period's recap (measurement-service); whether the Secretary approved it yet is said, since until then it may change.
 * Without a period: the recap measured last.
 */
@Path("/kepala/capaian")
@Blocking
public class AchievementPage {

    /** The period shown and what measurement holds of it; {@code measurement} is null when it has no recap. */
    public record Overview(Integer year, Integer quarter, JsonNode measurement, List<PlanLevels.Level> levels,
                           List<String> waitingFor) {

        public String period() {
            return year == null ? "" : IndonesianFormats.period(year, quarter);
        }

        /** The predicate scale the predicates come from, e.g. RKPD_5. */
        public String scale() {
            return measurement == null ? null : measurement.path("predicateScale").path("name").asText(null);
        }

        public boolean measured() {
            return measurement != null && !levels.isEmpty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance achievement(Overview overview);
    }

    @Inject
    Services services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("tahun") Integer year, @QueryParam("triwulan") Integer quarter) {
        var list = services.measurement("/api/measurement/recaps").query("size", 1);
        if (year != null && quarter != null) {
            list.query("year", year).query("quarter", quarter);
        } else {
            list.query("sort", "-updatedAt");
        }
        JsonNode found = list.get().body().path("items").path(0);
        if (found.isMissingNode()) {
            return Templates.achievement(new Overview(year, quarter, null, List.of(), List.of()));
        }
        JsonNode measurement = services.measurement("/api/measurement/recaps/{recapId}", found.path("recapId").asText())
                .get().body();
        return Templates.achievement(new Overview(measurement.path("year").asInt(), measurement.path("quarter").asInt(),
                measurement, PlanLevels.of(measurement.path("levelSummaries"), measurement.path("nodes")),
                waitingFor(measurement.path("waitingFor"))));
    }

    /** The SOP steps a held recap waits for, as the SOP names them: "B2 (Sekretaris melakukan rapat …)". */
    private static List<String> waitingFor(JsonNode steps) {
        List<String> waiting = new ArrayList<>();
        steps.forEach(step -> waiting.add(step.path("step").asText() + " (" + SopStepNames.langkah(step.path("step").asText())
                + ")"));
        return waiting;
    }
}

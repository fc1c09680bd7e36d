package id.go.kinerja.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.home.WorkItem;
import id.go.kinerja.web.session.Person;
import id.go.kinerja.web.session.Role;
import id.go.kinerja.web.session.SignedIn;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tim SAKIP: what waits for the team (the SOP steps it holds in collection and measurement, indicators without
 * methodology, items the Secretary returned to measurement), and every collection round with its measurement period,
 * each a link to the page where the team records its steps.
 */
@Path("/tim-sakip")
@Blocking
public class TeamPage {

    /** A collection round, and how far measurement of its period is. */
    public record Round(String roundId, int year, int quarter, String status, int items, int verified,
                        String measurementState) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(List<WorkItem> waiting, List<Round> rounds);
    }

    @Inject
    SignedIn signedIn;

    @Inject
    Services services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance overview() {
        return Templates.overview(waiting(signedIn.person()), rounds());
    }

    /** The measurement period a person types (year, quarter): its page, or back here when it is no period. */
    @GET
    @Path("/pengukuran")
    public Response period(@QueryParam("tahun") String year, @QueryParam("triwulan") String quarter) {
        if (year == null || !year.matches("\\d{4}") || quarter == null || !quarter.matches("[1-4]")) {
            return Response.seeOther(URI.create("/tim-sakip")).build();
        }
        return Response.seeOther(URI.create("/tim-sakip/pengukuran/" + year + "/" + quarter)).build();
    }

    private List<WorkItem> waiting(Person person) {
        List<WorkItem> waiting = new ArrayList<>();
        if (!person.isAny(Role.SAKIP_TEAM + "," + Role.SECRETARY)) {
            return waiting;
        }
        for (JsonNode item : services.collection("/api/collection/my-work").get().body().path("items")) {
            if ("STEP".equals(item.path("kind").asText())) {
                waiting.add(waiting(item, step(item), "/tim-sakip/putaran/" + item.path("roundId").asText()));
            }
        }
        for (JsonNode item : services.measurement("/api/measurement/my-work").get().body().path("items")) {
            String code = item.path("indicatorCode").asText("");
            switch (item.path("kind").asText()) {
                case "STEP" -> waiting.add(waiting(item, step(item), "/tim-sakip/pengukuran/" + item.path("year").asText()
                        + "/" + item.path("quarter").asText()));
                case "METHODOLOGY" -> waiting.add(waiting(item, "Tetapkan metodologi pengukuran " + code,
                        "/tim-sakip/metodologi/" + code));
                case "FIX" -> waiting.add(waiting(item, "Perbaiki metodologi " + code + " yang dikembalikan Sekretaris"
                        + (item.hasNonNull("detail") ? ": " + item.path("detail").asText() : ""), "/tim-sakip/metodologi/" + code));
                default -> {
                    // the Head's memo (MEMO) is not the team's
                }
            }
        }
        waiting.sort(Comparator.comparing(WorkItem::since, Comparator.nullsLast(Comparator.naturalOrder())));
        return waiting;
    }

    private static String step(JsonNode item) {
        String step = item.path("step").asText();
        return step + " · " + SopStepNames.langkah(step);
    }

    private static WorkItem waiting(JsonNode item, String what, String link) {
        String period = item.hasNonNull("year")
                ? "Triwulan " + item.path("quarter").asText() + " tahun " + item.path("year").asText() : "";
        return new WorkItem(what, period, link, item.path("since").asText(null), item.path("deadline").asText(null),
                item.path("standardTime").asText(null), item.path("overdue").asBoolean(false));
    }

    private List<Round> rounds() {
        Map<String, String> measured = new HashMap<>();
        services.measurement("/api/measurement/recaps").query("size", 50).get().body().path("items").forEach(recap ->
                measured.putIfAbsent(recap.path("year").asText() + "/" + recap.path("quarter").asText(),
                        recap.path("state").asText()));
        List<Round> rounds = new ArrayList<>();
        services.collection("/api/collection/rounds").query("size", 50).get().body().path("items").forEach(round -> {
            int year = round.path("year").asInt();
            int quarter = round.path("quarter").asInt();
            int verified = round.path("entries").path("VERIFIED").asInt() + round.path("entries").path("LOCKED").asInt();
            rounds.add(new Round(round.path("roundId").asText(), year, quarter, round.path("status").asText(),
                    round.path("items").asInt(), verified, measured.get(year + "/" + quarter)));
        });
        rounds.sort(Comparator.comparing(Round::year).thenComparing(Round::quarter).reversed());
        return rounds;
    }
}

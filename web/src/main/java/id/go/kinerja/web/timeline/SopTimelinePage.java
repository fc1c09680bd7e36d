package id.go.kinerja.web.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.site.FilterRefusal;
import id.go.kinerja.web.site.Pager;
import id.go.kinerja.web.backend.ServiceProblem;
import id.go.kinerja.web.backend.ServiceUnavailable;
import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.session.Person;
import id.go.kinerja.web.session.SignedIn;
import id.go.kinerja.web.site.StepPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linimasa SOP: the collection rounds, and per round the SOP timeline of both parts: A1-A12 from collection-service
 * (the round's steps) and B1-B10 from measurement-service (the same period's measurement round), each step against
 * its standard time, with who holds or did it and its output.
 */
@Path("/sop")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class SopTimelinePage {

    static final int PAGE_SIZE = 20;

    /** The round as the heading names it. */
    public record Round(String roundId, int year, int quarter, String status, int cycle) {
    }

    /**
     * Part B of the timeline: its steps, or why there are none (the Head has not issued the memo B1 yet, the service
     * refused or did not answer); the rest of the page stands either way.
     */
    public record Measurement(List<StepRow> steps, String recapState, boolean notOpened, ServiceProblem problem,
                              String unavailable) {
    }

    /** A round in the list. */
    public record RoundItem(String roundId, int year, int quarter, String status, String openedAt, long items) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rounds(List<RoundItem> rounds, String year, Pager pager, ServiceProblem problem);

        static native TemplateInstance timeline(Round round, List<StepRow> steps, Measurement measurement);
    }

    @Inject
    SignedIn signedIn;

    @Inject
    Services services;

    @GET
    public Response rounds(@QueryParam("tahun") String year, @QueryParam("halaman") String halaman) {
        int page = Pager.requested(halaman);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("tahun", year);
        try {
            JsonNode answer = services.collection("/api/collection/rounds").query("year", year).query("page", page)
                    .query("size", PAGE_SIZE).get().body();
            List<RoundItem> rounds = new ArrayList<>();
            answer.path("items").forEach(round -> rounds.add(new RoundItem(round.path("roundId").asText(),
                    round.path("year").asInt(), round.path("quarter").asInt(), round.path("status").asText(),
                    round.path("openedAt").asText(null), round.path("items").asLong())));
            Pager pager = Pager.of("/sop", filters, page, PAGE_SIZE, answer.path("total").asLong());
            return Response.ok(Templates.rounds(rounds, year, pager, null)).build();
        } catch (ServiceProblem problem) {
            return FilterRefusal.shownWithFilters(problem, Templates.rounds(List.of(), year, null, problem));
        }
    }

    @GET
    @Path("putaran/{roundId}")
    public TemplateInstance timeline(@PathParam("roundId") String roundId) {
        Person person = signedIn.person();
        JsonNode collection = services.collection("/api/collection/rounds/{roundId}/timeline", roundId).get().body();
        Round round = new Round(roundId, collection.path("year").asInt(), collection.path("quarter").asInt(),
                collection.path("roundStatus").asText(), collection.path("cycle").asInt(1));
        List<StepRow> steps = rows(collection.path("steps"), person, StepPages.ofCollectionRound(roundId));
        return Templates.timeline(round, steps, measurement(round, person));
    }

    private Measurement measurement(Round round, Person person) {
        try {
            JsonNode timeline = services.measurement("/api/measurement/rounds/{year}/{quarter}/timeline", round.year(),
                    round.quarter()).get().body();
            return new Measurement(rows(timeline.path("steps"), person, StepPages.ofMeasurement(round.year(), round.quarter())),
                    timeline.path("recap").path("state").asText(null), false, null, null);
        } catch (ServiceProblem problem) {
            boolean notOpened = "MEASUREMENT_ROUND_NOT_FOUND".equals(problem.code());
            return new Measurement(List.of(), null, notOpened, notOpened ? null : problem, null);
        } catch (ServiceUnavailable unavailable) {
            return new Measurement(List.of(), null, false, null, unavailable.serviceName());
        }
    }

    private static List<StepRow> rows(JsonNode steps, Person person, StepPages pages) {
        List<StepRow> rows = new ArrayList<>();
        steps.forEach(step -> rows.add(StepRow.of(step, person, pages)));
        return rows;
    }
}

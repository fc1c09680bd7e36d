package id.go.kinerja.web.secretary;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.format.IndonesianFormats;
import id.go.kinerja.web.team.StepOutputForms;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Kotak masuk Sekretaris: the measured recaps awaiting her review (SOP A10 / B8), those she returned that wait for
 * their next revision, the approved ones she reported to the Head that wait for his disposition (A11 / B9), and the meetings with the SAKIP team whose minutes she records
 * (A2 for a collection round, B2 for a measurement period) while those steps wait for her.
 */
@Path("/sekretaris")
@Blocking
public class SecretaryPage {

    private static final Notices NOTICES = new Notices(Map.of(
            "notulen", "Notulen rapat tersimpan; langkah berikutnya dapat dimulai Tim SAKIP."));

    /** A meeting with the team that waits for its minutes: step A2 of a round or B2 of a measurement period. */
    public record Meeting(String step, String roundId, int year, int quarter, String since, String deadline,
                          boolean overdue, String today, String idempotencyKey) {

        /** The form's name and the prefix of its fields' ids, e.g. {@code a2-2025-1}. */
        public String key() {
            return step.toLowerCase() + "-" + year + "-" + quarter;
        }

        public String action() {
            return "A2".equals(step) ? "/sekretaris/notulen/A2/" + roundId : "/sekretaris/notulen/B2/" + year + "/" + quarter;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<JsonNode> inbox, List<JsonNode> returned, List<JsonNode> approved,
                                             List<Meeting> meetings, String notice, Attempt attempt);
    }

    @Inject
    Services services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance inbox(@QueryParam("pesan") String notice) {
        return page(NOTICES.of(notice), Attempt.NONE);
    }

    /** A2: the minutes of the meeting that directs the collection of a round (collection-service). */
    @POST
    @Path("notulen/A2/{roundId}")
    @Produces(MediaType.TEXT_HTML)
    public Response collectionMinutes(@PathParam("roundId") String roundId, @FormParam("form") String form,
                                      @FormParam("date") String date, @FormParam("attendees") String attendees,
                                      @FormParam("summary") String summary,
                                      @FormParam("idempotencyKey") String idempotencyKey) {
        return recorded(Attempt.send(form, typed(date, attendees, summary), () -> services
                .collection("/api/collection/rounds/{roundId}/steps/A2", roundId).idempotencyKey(idempotencyKey)
                .post(StepOutputForms.minutes(date, attendees, summary))));
    }

    /** B2: the minutes of the meeting that directs the measurement of a period (measurement-service). */
    @POST
    @Path("notulen/B2/{year}/{quarter}")
    @Produces(MediaType.TEXT_HTML)
    public Response measurementMinutes(@PathParam("year") int year, @PathParam("quarter") int quarter,
                                       @FormParam("form") String form, @FormParam("date") String date,
                                       @FormParam("attendees") String attendees, @FormParam("summary") String summary,
                                       @FormParam("idempotencyKey") String idempotencyKey) {
        return recorded(Attempt.send(form, typed(date, attendees, summary), () -> services
                .measurement("/api/measurement/rounds/{year}/{quarter}/steps/B2", year, quarter)
                .idempotencyKey(idempotencyKey).post(StepOutputForms.minutes(date, attendees, summary))));
    }

    private TemplateInstance page(String notice, Attempt attempt) {
        List<JsonNode> inbox = ReviewedRecap.list(services.approval("/api/approval/inbox").query("size", 200).get()
                .body().path("items"));
        List<JsonNode> returned = ReviewedRecap.withStatus(services, "RETURNED");
        List<JsonNode> approved = ReviewedRecap.withStatus(services, "APPROVED");
        List<Meeting> meetings = meetings();
        boolean formOnPage = meetings.stream().anyMatch(meeting -> attempt.at(meeting.key()));
        return Templates.inbox(inbox, returned, approved, meetings, notice, attempt.placed(formOnPage));
    }

    /** The running steps A2 (collection) and B2 (measurement) that wait for the Secretary, oldest first. */
    private List<Meeting> meetings() {
        List<Meeting> meetings = new ArrayList<>();
        services.collection("/api/collection/my-work").get().body().path("items").forEach(item -> {
            if ("STEP".equals(item.path("kind").asText()) && "A2".equals(item.path("step").asText())) {
                meetings.add(meeting(item));
            }
        });
        services.measurement("/api/measurement/my-work").get().body().path("items").forEach(item -> {
            if ("STEP".equals(item.path("kind").asText()) && "B2".equals(item.path("step").asText())) {
                meetings.add(meeting(item));
            }
        });
        return meetings;
    }

    private static Meeting meeting(JsonNode item) {
        return new Meeting(item.path("step").asText(), item.path("roundId").asText(null), item.path("year").asInt(),
                item.path("quarter").asInt(), item.path("since").asText(null), item.path("deadline").asText(null),
                item.path("overdue").asBoolean(false), LocalDate.now(IndonesianFormats.WIB).toString(),
                UUID.randomUUID().toString());
    }

    private Response recorded(Attempt refused) {
        return refused == null ? Response.seeOther(URI.create("/sekretaris?pesan=notulen")).build()
                : refused.answer(page(null, refused));
    }

    private static Map<String, String> typed(String date, String attendees, String summary) {
        return Map.of("date", date == null ? "" : date, "attendees", attendees == null ? "" : attendees,
                "summary", summary == null ? "" : summary);
    }
}

package id.go.kinerja.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.backend.Answer;
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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The measurement methodology per indicator (SOP B4, the Kertas Kerja Pengukuran): every indicator with its current
 * version or the draft prefilled from the plan, the drafts to confirm, a new version per indicator (sent with the ETag
 * read as If-Match; a departure from the published plan is saved only once the team acknowledges the differences the
 * service lists), and the recaps waiting to be measured again: the items the Secretary returned to MEASUREMENT (FIX)
 * and recaps held for missing methodologies, each with its re-measure button.
 */
@Path("/tim-sakip/metodologi")
@Blocking
public class MethodologyPage {

    /** An indicator in the list, with its current methodology (or none yet). */
    public record Indicator(String code, String name, String unit, String status, int version, String polarity,
                            String valueType, String frequency, String periodAggregation, boolean draft,
                            boolean draftComplete, int departures) {
    }

    /** A recap measurement holds for the team: returned by the Secretary, or held for missing methodologies. */
    public record Waiting(String recapId, int year, int quarter, int revision, String state, String note,
                          List<Reopened> items, int returnedToCollection) {

        /** The service re-measures only what went back to measurement alone, or a recap held for methodologies. */
        public boolean remeasurable() {
            return "AWAITING_METHODOLOGY".equals(state) || (!items.isEmpty() && returnedToCollection == 0);
        }
    }

    /** An item the Secretary returned to MEASUREMENT, and whether a newer methodology version was saved since. */
    public record Reopened(String code, String name, String reason, int versionAtReturn, int currentVersion,
                           boolean fixed) {
    }

    /** A field of the plan the methodology departs from (METHODOLOGY_DEPARTS_FROM_PLAN, or saved so). */
    public record Departure(String field, String plan, String methodology) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Indicator> indicators, List<Waiting> waiting, String status,
                                            Typed form, String idempotencyKey, Refusal refusal,
                                            List<String> rejectedDrafts, String success);

        static native TemplateInstance methodology(String code, JsonNode methodology, String etag, Typed form,
                                                   Refusal refusal, List<Departure> departures,
                                                   Map<String, List<Choice>> choices, String success);
    }

    private static final Notices SUCCESS = new Notices(Map.of(
            "disimpan", "Versi baru metodologi tersimpan.",
            "draf", "Rancangan metodologi dikonfirmasi sebagai versi baru.",
            "diukur-ulang", "Rekap diukur ulang dengan metodologi terkini dan dikirim kembali kepada Sekretaris."));

    private static final Map<String, List<String>> CHOICES = Map.of(
            "polarity", List.of("POSITIVE", "NEGATIVE"),
            "valueType", List.of("NUMBER", "PERCENT", "PREDICATE"),
            "frequency", List.of("QUARTERLY", "ANNUAL"),
            "periodAggregation", List.of("SUM", "LAST", "AVERAGE"),
            "negativeFormula", List.of("", "DIFFERENCE", "RATIO"),
            "gradeScale", List.of("", "SAKIP", "BPK"));

    private static final Set<String> WAITING_STATES = Set.of("RETURNED", "AWAITING_METHODOLOGY");

    @Inject
    Services services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("status") String status, @QueryParam("berhasil") String done) {
        return listPage(status, Typed.nothing(), Refusal.none(), SUCCESS.of(done), 200);
    }

    @POST
    @Path("/draf")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmDrafts(MultivaluedMap<String, String> fields) {
        Typed form = Typed.of(fields);
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> chosen = form.all("indicatorCode");
        if (!chosen.isEmpty()) {
            body.put("indicatorCodes", chosen);
        }
        body.put("reason", StepOutputForms.blankAsNull(form.get("reason")));
        try {
            services.measurement("/api/measurement/methodologies/drafts/confirm").post(body);
        } catch (ServiceProblem problem) {
            return listPage(null, form, Refusal.at("draf", problem), null, problem.status());
        }
        return Response.seeOther(URI.create("/tim-sakip/metodologi?berhasil=draf")).build();
    }

    @POST
    @Path("/ukur-ulang/{recapId}")
    @Produces(MediaType.TEXT_HTML)
    public Response remeasure(@PathParam("recapId") UUID recapId, MultivaluedMap<String, String> fields) {
        Typed form = Typed.of(fields);
        try {
            services.measurement("/api/measurement/recaps/{id}/remeasure", recapId)
                    .idempotencyKey(form.get("idempotencyKey")).post("");
        } catch (ServiceProblem problem) {
            return listPage(null, Typed.nothing(), Refusal.at(recapId.toString(), problem), null, problem.status());
        }
        return Response.seeOther(URI.create("/tim-sakip/metodologi?berhasil=diukur-ulang")).build();
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response methodology(@PathParam("code") String code, @QueryParam("berhasil") String done) {
        Answer read = read(code);
        return methodologyPage(code, read, prefilled(read.body()), Refusal.none(), SUCCESS.of(done),
                200);
    }

    @POST
    @Path("/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("code") String code, MultivaluedMap<String, String> fields) {
        Typed form = Typed.of(fields);
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : CHOICES.keySet()) {
            body.put(field, StepOutputForms.blankAsNull(form.get(field)));
        }
        body.put("weight", weight(form.get("weight")));
        body.put("reason", StepOutputForms.blankAsNull(form.get("reason")));
        body.put("acknowledgedWarnings", form.checked("acknowledgedWarnings"));
        try {
            services.measurement("/api/measurement/methodologies/{code}", code).ifMatch(form.get("etag")).put(body);
        } catch (ServiceProblem problem) {
            // read again: after a 412 the page shows the version saved meanwhile and offers its ETag for the next try
            return methodologyPage(code, read(code), form, Refusal.at("metodologi", problem), null, problem.status());
        }
        return Response.seeOther(URI.create("/tim-sakip/metodologi/" + code + "?berhasil=disimpan")).build();
    }

    private Response listPage(String status, Typed form, Refusal refusal, String success, int httpStatus) {
        List<Indicator> indicators = new ArrayList<>();
        services.measurement("/api/measurement/methodologies").query("status", status).query("size", 200).get().body()
                .path("items").forEach(item -> indicators.add(indicator(item)));
        List<Waiting> waiting = new ArrayList<>();
        // newest period first: the recaps waiting for the team are among the latest
        for (JsonNode recap : services.measurement("/api/measurement/recaps").query("size", 50).get().body().path("items")) {
            if (WAITING_STATES.contains(recap.path("state").asText())) {
                waiting.add(waiting(recap));
            }
        }
        TemplateInstance page = Templates.list(indicators, waiting, status, form, UUID.randomUUID().toString(), refusal,
                rejectedDrafts(refusal), success);
        return HtmlAnswer.of(httpStatus, page);
    }

    private Response methodologyPage(String code, Answer read, Typed form, Refusal refusal, String success,
                                     int httpStatus) {
        Map<String, List<Choice>> choices = new LinkedHashMap<>();
        CHOICES.forEach((field, codes) -> choices.put(field, codes.stream()
                .map(choice -> new Choice(choice, choice.isEmpty() ? "— tidak ada —" : Vocabulary.istilah(choice))).toList()));
        ServiceProblem problem = refusal.at("metodologi");
        List<Departure> departures = new ArrayList<>();
        if (problem != null) {
            problem.context().path("warnings").forEach(warning -> departures.add(new Departure(
                    warning.path("field").asText(), warning.path("plan").asText(), warning.path("methodology").asText())));
        }
        TemplateInstance page = Templates.methodology(code, read.body(), read.etag(), form, refusal, departures, choices,
                success);
        return HtmlAnswer.of(httpStatus, page);
    }

    private Answer read(String code) {
        return services.measurement("/api/measurement/methodologies/{code}", code).get();
    }

    /** The form as it opens: the current methodology, else the draft from the plan, else what the plan says. */
    private static Typed prefilled(JsonNode methodology) {
        JsonNode source = methodology.path("current").isObject() ? methodology.path("current")
                : methodology.path("draft").isObject() ? methodology.path("draft") : methodology.path("plan");
        MultivaluedMap<String, String> values = new MultivaluedHashMap<>();
        for (String field : CHOICES.keySet()) {
            values.putSingle(field, source.path(field).asText(""));
        }
        values.putSingle("weight", source.path("weight").isNumber() ? source.path("weight").decimalValue().toPlainString()
                : "1");
        return Typed.of(values);
    }

    /** A weight as a number when it is one; otherwise as typed, for the service to name the field it cannot read. */
    private static Object weight(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.replace(',', '.'));
        } catch (NumberFormatException e) {
            return typed;
        }
    }

    private static Indicator indicator(JsonNode item) {
        JsonNode current = item.path("current");
        JsonNode shown = current.isObject() ? current : item.path("draft");
        return new Indicator(item.path("indicatorCode").asText(), item.path("indicatorName").asText(""),
                item.path("unit").asText(""), item.path("status").asText(), item.path("currentVersion").asInt(),
                shown.path("polarity").asText(""), shown.path("valueType").asText(""),
                shown.path("frequency").asText(""), shown.path("periodAggregation").asText(""),
                item.path("draft").isObject(), item.path("draft").path("complete").asBoolean(false),
                item.path("warnings").size());
    }

    private Waiting waiting(JsonNode recap) {
        String recapId = recap.path("recapId").asText();
        List<Reopened> items = new ArrayList<>();
        String note = null;
        int toCollection = 0;
        if ("RETURNED".equals(recap.path("state").asText())) {
            JsonNode reopened = services.measurement("/api/measurement/recaps/{id}/reopened", recapId).get().body();
            reopened.path("items").forEach(item -> items.add(new Reopened(item.path("indicatorCode").asText(),
                    item.path("indicatorName").asText(""), item.path("reason").asText(""),
                    item.path("methodologyVersionAtReturn").asInt(), item.path("currentMethodologyVersion").asInt(),
                    item.path("fixed").asBoolean())));
            note = reopened.path("note").asText(null);
            toCollection = reopened.path("returnedToCollection").asInt();
        }
        return new Waiting(recapId, recap.path("year").asInt(), recap.path("quarter").asInt(),
                recap.path("currentRevision").asInt(), recap.path("state").asText(), note, items, toCollection);
    }

    /** The rows a refused draft confirmation (METHODOLOGIES_REJECTED) rejected, each with its reasons. */
    private static List<String> rejectedDrafts(Refusal refusal) {
        ServiceProblem problem = refusal.at("draf");
        List<String> rejected = new ArrayList<>();
        if (problem == null) {
            return rejected;
        }
        for (JsonNode row : problem.context().path("summary").path("rows")) {
            if ("REJECTED".equals(row.path("outcome").asText())) {
                List<String> reasons = new ArrayList<>();
                row.path("errors").forEach(error -> reasons.add(error.path("message").asText()));
                rejected.add(row.path("indicatorCode").asText() + ": " + String.join("; ", reasons));
            }
        }
        return rejected;
    }
}

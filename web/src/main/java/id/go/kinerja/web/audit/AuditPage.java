package id.go.kinerja.web.audit;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.site.FilterRefusal;
import id.go.kinerja.web.site.Pager;
import id.go.kinerja.web.backend.ServiceCall;
import id.go.kinerja.web.backend.ServiceProblem;
import id.go.kinerja.web.backend.ServiceUnavailable;
import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.format.IndonesianFormats;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jejak audit, for the Inspectorate (AUDITOR) and the Head: the audit trails of the four services, filtered by date,
 * actor, action and outcome, one service's trail or all four merged newest first. Each service checks the role and
 * the filters itself; its refusal is shown next to the filters.
 */
@Path("/audit")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    static final int PAGE_SIZE = 25;
    /** How deep the merged trail of all four services reaches: the entries a service gives in one page. */
    static final int MERGED_DEPTH = 200;

    /** The trail shown: entries, the pages, and the services that did not answer (merged view only). */
    public record Trail(List<AuditEntry> entries, Pager pager, List<String> silent) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Map<String, String> filters, Trail trail, ServiceProblem problem);
    }

    @Inject
    Services services;

    @GET
    public Response audit(@QueryParam("dari") String from, @QueryParam("sampai") String to,
                          @QueryParam("pelaku") String actor, @QueryParam("tindakan") String action,
                          @QueryParam("hasil") String outcome, @QueryParam("layanan") String service,
                          @QueryParam("halaman") String halaman) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("dari", from);
        filters.put("sampai", to);
        filters.put("pelaku", actor);
        filters.put("tindakan", action);
        filters.put("hasil", outcome);
        filters.put("layanan", service);
        int page = Pager.requested(halaman);
        try {
            Optional<AuditService> one = AuditService.byParameter(service == null ? "" : service);
            Trail trail = one.isPresent() ? oneTrail(one.get(), filters, page) : merged(filters, page);
            return Response.ok(Templates.audit(filters, trail, null)).build();
        } catch (ServiceProblem problem) {
            return FilterRefusal.shownWithFilters(problem, Templates.audit(filters, null, problem));
        }
    }

    private Trail oneTrail(AuditService service, Map<String, String> filters, int page) {
        JsonNode answer = filtered(service.trail(services), filters).query("page", page).query("size", PAGE_SIZE)
                .get().body();
        List<AuditEntry> entries = new ArrayList<>();
        answer.path("items").forEach(entry -> entries.add(AuditEntry.of(service, entry)));
        return new Trail(entries, Pager.of("/audit", filters, page, PAGE_SIZE, answer.path("total").asLong()), List.of());
    }

    /**
     * All four trails newest first: page {@code n} needs the newest {@code (n + 1) × size} entries of each service,
     * so the merged view reaches {@link #MERGED_DEPTH} entries deep; one service's trail pages on without limit.
     */
    private Trail merged(Map<String, String> filters, int requestedPage) {
        int lastPage = MERGED_DEPTH / PAGE_SIZE - 1;
        int page = Math.min(requestedPage, lastPage);
        int depth = (page + 1) * PAGE_SIZE;
        List<AuditEntry> entries = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        long total = 0;
        for (AuditService service : AuditService.values()) {
            try {
                JsonNode answer = filtered(service.trail(services), filters).query("page", 0).query("size", depth)
                        .get().body();
                answer.path("items").forEach(entry -> entries.add(AuditEntry.of(service, entry)));
                total += answer.path("total").asLong();
            } catch (ServiceUnavailable unavailable) {
                silent.add(unavailable.serviceName());
            }
        }
        entries.sort(Comparator.comparing(AuditEntry::instant).reversed());
        List<AuditEntry> shown = entries.subList(Math.min(page * PAGE_SIZE, entries.size()),
                Math.min(depth, entries.size()));
        return new Trail(List.copyOf(shown), new Pager("/audit", filters, page, PAGE_SIZE, total, lastPage), silent);
    }

    private static ServiceCall filtered(ServiceCall call, Map<String, String> filters) {
        return call.query("from", startOfDay(filters.get("dari"), 0)).query("to", startOfDay(filters.get("sampai"), 1))
                .query("actor", filters.get("pelaku")).query("action", filters.get("tindakan"))
                .query("outcome", filters.get("hasil"));
    }

    /**
     * A date of the form (a day in WIB) as the instant the services filter by: {@code dari} from the day's start,
     * {@code sampai} up to the end of the day (the start of the next, exclusive). Text that is no date goes to the
     * service as it is, which says what it takes.
     */
    static String startOfDay(String date, int daysLater) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip()).plusDays(daysLater).atStartOfDay(IndonesianFormats.WIB).toInstant().toString();
        } catch (DateTimeParseException e) {
            return date;
        }
    }
}

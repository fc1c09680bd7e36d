package id.go.kinerja.web.entry;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.backend.Answer;
import id.go.kinerja.web.backend.ServiceProblem;
import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.site.HtmlAnswer;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads what the operator's and the division head's pages show of collection-service: the rounds with the work
 * waiting in each, and a round's items of the person's division with each entry (its ETag, reasons and history) and
 * its evidence.
 */
@ApplicationScoped
public class RoundEntries {

    @Inject
    Services services;

    /** The agency's rounds, newest period first, each with its items of {@code kinds} in the person's my-work. */
    public List<RoundRow> rounds(List<String> kinds) {
        Map<String, Long> waiting = new HashMap<>();
        services.collection("/api/collection/my-work").get().body().path("items").forEach(item -> {
            if (kinds.contains(item.path("kind").asText())) {
                waiting.merge(item.path("roundId").asText(), 1L, Long::sum);
            }
        });
        List<RoundRow> rows = new ArrayList<>();
        services.collection("/api/collection/rounds").query("size", 50).get().body().path("items").forEach(round -> {
            String id = round.path("roundId").asText();
            rows.add(new RoundRow(id, round.path("year").asInt(), round.path("quarter").asInt(),
                    round.path("status").asText(), waiting.getOrDefault(id, 0L)));
        });
        return rows;
    }

    /** The round with its items of the person's division (the service narrows them), each entry read in full. */
    public Round round(String roundId) {
        JsonNode round = services.collection("/api/collection/rounds/{roundId}", roundId).get().body();
        String status = round.path("status").asText();
        List<EntryCard> cards = new ArrayList<>();
        round.path("items").forEach(item -> {
            String code = item.path("indicatorCode").asText();
            Answer entry = services.collection("/api/collection/rounds/{roundId}/entries/{code}", roundId, code).get();
            List<EvidenceFile> evidence = new ArrayList<>();
            services.collection("/api/collection/rounds/{roundId}/entries/{code}/evidence", roundId, code).get().body()
                    .forEach(file -> evidence.add(EvidenceFile.of(file)));
            cards.add(new EntryCard(entry.body(), entry.etag(), evidence, status));
        });
        return Round.of(round, cards);
    }

    /** One evidence file of an entry, for the operator or the division head to open. */
    public Response evidenceFile(UUID roundId, String indicatorCode, UUID evidenceId) {
        return RoundForms.pass(services.collection("/api/collection/rounds/{roundId}/entries/{code}/evidence/{evidenceId}",
                roundId, indicatorCode, evidenceId).download());
    }

    /**
     * Does one form's call of a round page: back to the page ({@code page}, with the round's id) at the item with the
     * sentence of success, or the page again with the service's refusal beside the form, what was typed kept, and the
     * service's status.
     */
    Response act(String page, Function<RoundPage, TemplateInstance> template, UUID roundId, String code, String form,
                 Map<String, String> typed, String message, Supplier<?> call) {
        try {
            call.get();
            return RoundForms.seeOther(page, roundId, message, code);
        } catch (ServiceProblem problem) {
            return HtmlAnswer.of(problem.status(), template.apply(RoundPage.refused(round(roundId.toString()),
                    new Attempt(code, form, problem, typed))));
        }
    }
}

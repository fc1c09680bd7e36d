package id.go.kinerja.web.entry;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.format.IndonesianFormats;
import id.go.kinerja.web.site.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One item of a round as the operator and the division head see it: the entry of collection-service
 * ({@code GET /rounds/{id}/entries/{code}}) with its ETag, its evidence, and what each of them may do with it now.
 * The service decides every action again; this only decides which forms to show.
 */
public final class EntryCard {

    /** One step of the entry's history, in words. */
    public record Step(String action, String by, String at, String reason) {
    }

    /** The states in which the operator enters (or corrects) a realisation. */
    private static final Set<String> OPEN_TO_OPERATOR = Set.of("NOT_ENTERED", "PROPOSED", "ENTERED", "SENT_BACK", "RETURNED");

    private final JsonNode entry;
    private final String etag;
    private final List<EvidenceFile> evidence;
    private final String roundStatus;

    EntryCard(JsonNode entry, String etag, List<EvidenceFile> evidence, String roundStatus) {
        this.entry = entry;
        this.etag = etag != null ? etag : "\"" + entry.path("version").asText() + "\"";
        this.evidence = List.copyOf(evidence);
        this.roundStatus = roundStatus;
    }

    public String code() {
        return entry.path("indicatorCode").asText();
    }

    public String name() {
        return entry.path("indicatorName").asText("");
    }

    public String unit() {
        return entry.path("unit").asText("");
    }

    public String state() {
        return entry.path("state").asText();
    }

    /** The If-Match of the next edit: the version this page read. */
    public String etag() {
        return etag;
    }

    /**
     * A fresh Idempotency-Key for each form that asks for one, made as the page is rendered: a double click or a
     * reload of that form's answer repeats it, a new action of another form does not.
     */
    public String key() {
        return UUID.randomUUID().toString();
    }

    public boolean predicate() {
        return "PREDICATE".equals(entry.path("valueType").asText());
    }

    /** The quarter's target: "85 orang", "70–80 %", "BB". */
    public String target() {
        JsonNode target = entry.path("target");
        if (target.hasNonNull("grade")) {
            return target.path("grade").asText();
        }
        if (target.hasNonNull("min")) {
            return withUnit(IndonesianFormats.angka(target.path("min").decimalValue()) + "–"
                    + IndonesianFormats.angka(target.path("max").decimalValue()));
        }
        if (target.hasNonNull("value")) {
            return withUnit(IndonesianFormats.angka(target.path("value").decimalValue()));
        }
        return "–";
    }

    /** What is entered now, as a person reads it. */
    public String realisation() {
        if (noData()) {
            return "Tidak ada data";
        }
        if (entry.hasNonNull("grade")) {
            return entry.path("grade").asText();
        }
        if (entry.hasNonNull("value")) {
            return withUnit(IndonesianFormats.angka(entry.path("value").decimalValue()));
        }
        return "–";
    }

    /** The value for the form's field, with a decimal comma. */
    public String value() {
        return entry.hasNonNull("value") ? entry.path("value").decimalValue().toPlainString().replace('.', ',') : "";
    }

    public String grade() {
        return entry.path("grade").asText("");
    }

    public boolean noData() {
        return entry.path("noData").asBoolean(false);
    }

    public String noDataReason() {
        return entry.path("noDataReason").asText("");
    }

    public String note() {
        return entry.path("note").asText("");
    }

    /** The system a pushed (PROPOSED) realisation came from; null when a person entered it. */
    public String source() {
        return entry.path("source").asText(null);
    }

    public String enteredBy() {
        return entry.path("enteredBy").asText(null);
    }

    public String enteredAt() {
        return entry.path("enteredAt").asText(null);
    }

    /** The division head's reason, while the entry waits for the operator's correction. */
    public String sentBackReason() {
        return "SENT_BACK".equals(state()) ? entry.path("sentBack").path("reason").asText(null) : null;
    }

    public String sentBackBy() {
        return entry.path("sentBack").path("by").asText("");
    }

    /** The Secretary's reason, while a returned entry waits for re-entry. */
    public String returnedReason() {
        return "RETURNED".equals(state()) ? entry.path("returned").path("reason").asText(null) : null;
    }

    public String returnedBy() {
        return entry.path("returned").path("by").asText("");
    }

    public String returnedRevision() {
        return entry.path("returned").path("revision").asText("");
    }

    public List<EvidenceFile> evidence() {
        return evidence;
    }

    public List<Step> history() {
        List<Step> steps = new ArrayList<>();
        entry.path("history").forEach(step -> {
            String action = step.path("action").asText();
            steps.add(new Step(Vocabulary.riwayatEntri(action), step.path("by").asText(""),
                    step.path("at").asText(null), step.path("reason").asText(null)));
        });
        return steps;
    }

    /** The operator may enter or correct the realisation (and attach or remove evidence). */
    public boolean enterable() {
        return Round.takesEntries(roundStatus) && OPEN_TO_OPERATOR.contains(state());
    }

    /** A pushed realisation the operator confirms as it is. */
    public boolean confirmable() {
        return Round.takesEntries(roundStatus) && "PROPOSED".equals(state());
    }

    /** An entered realisation the division head verifies or sends back. */
    public boolean verifiable() {
        return Round.takesEntries(roundStatus) && "ENTERED".equals(state());
    }

    /** While the round is open, the division head may still send back what they verified. */
    public boolean sendBackable() {
        return verifiable() || "OPEN".equals(roundStatus) && "VERIFIED".equals(state());
    }

    private String withUnit(String number) {
        return unit().isBlank() ? number : number + " " + unit();
    }
}

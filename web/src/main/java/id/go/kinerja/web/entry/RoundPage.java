package id.go.kinerja.web.entry;

import id.go.kinerja.web.backend.ServiceProblem;
import id.go.kinerja.web.site.Notices;
import java.util.Map;
import java.util.UUID;

/**
 * What a round's page shows: the round and its cards, a success message (fixed words, chosen by a query parameter),
 * the refused form if any (its problem beside it, what was typed kept), and the report of an uploaded worksheet.
 */
public record RoundPage(Round round, String message, Attempt attempt, WorksheetReport report) {

    static final String ENTER = "isian";
    static final String CONFIRM = "konfirmasi";
    static final String EVIDENCE = "bukti";
    static final String VERIFY = "verifikasi";
    static final String WORKSHEET = "lembar";

    /** The sentences a successful form's redirect may show, by the {@code pesan} parameter. */
    private static final Notices MESSAGES = new Notices(Map.of(
            "tersimpan", "Realisasi tersimpan dan menunggu verifikasi Kepala Bidang.",
            "dikonfirmasi", "Realisasi usulan sistem telah dikonfirmasi dan menunggu verifikasi Kepala Bidang.",
            "bukti-dilampirkan", "Bukti dukung telah dilampirkan.",
            "bukti-dihapus", "Bukti dukung telah dihapus.",
            "diverifikasi", "Realisasi telah diverifikasi.",
            "dikembalikan", "Realisasi telah dikembalikan ke operator beserta alasannya."));

    /** The service's names of the entry form's fields, by the form's names. */
    private static final Map<String, String> FIELDS = Map.of(
            "nilai", "value",
            "predikat", "grade",
            "catatan", "note",
            "tidakAdaData", "noData",
            "alasanTidakAdaData", "noDataReason",
            "alasan", "reason",
            "berkas", "file");

    static String messageFor(String key) {
        return MESSAGES.of(key);
    }

    static RoundPage of(Round round, String messageKey) {
        return new RoundPage(round, messageFor(messageKey), null, null);
    }

    static RoundPage refused(Round round, Attempt attempt) {
        return new RoundPage(round, null, attempt, null);
    }

    /** What a field of a card's form shows: what the person typed into a refused form, else the entry as it is. */
    public String input(EntryCard card, String field) {
        if (attempt != null && (attempt.isFor(card.code(), ENTER) || attempt.isFor(card.code(), VERIFY))) {
            return attempt.typed().getOrDefault(field, "");
        }
        return switch (field) {
            case "nilai" -> card.value();
            case "predikat" -> card.grade();
            case "catatan" -> card.note();
            case "alasanTidakAdaData" -> card.noDataReason();
            case "tidakAdaData" -> card.noData() ? "true" : "";
            default -> "";
        };
    }

    /** The refusal of one form of a card, or null. */
    public ServiceProblem problemOn(EntryCard card, String form) {
        return attempt != null && attempt.isFor(card.code(), form) ? attempt.problem() : null;
    }

    /** The service's message about one field of a card's refused form (by the form's field name), or null. */
    public String errorOf(EntryCard card, String field) {
        if (attempt == null || !card.code().equals(attempt.indicator())) {
            return null;
        }
        return attempt.problem().errorOf(FIELDS.getOrDefault(field, field));
    }

    /** The entry changed under the person's edit (412): the card shows the current value beside what they typed. */
    public boolean staleOn(EntryCard card) {
        return attempt != null && card.code().equals(attempt.indicator()) && attempt.stale();
    }

    public ServiceProblem worksheetProblem() {
        return attempt != null && WORKSHEET.equals(attempt.form()) ? attempt.problem() : null;
    }

    /** A refusal that belongs to no card on the page (e.g. another division's indicator): shown at the top. */
    public ServiceProblem pageProblem() {
        if (attempt == null || WORKSHEET.equals(attempt.form())) {
            return null;
        }
        return attempt.indicator() == null || round.card(attempt.indicator()) == null ? attempt.problem() : null;
    }

    /** The Idempotency-Key of the worksheet upload form, made when the page is rendered. */
    public String worksheetKey() {
        return UUID.randomUUID().toString();
    }
}

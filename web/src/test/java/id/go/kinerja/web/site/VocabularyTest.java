package id.go.kinerja.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every code the services answer has a word: the codes below are the values of the services' enums, copied from
 * their source (the web imports none of it), so that a code added there fails here instead of reaching a page as
 * raw English.
 */
class VocabularyTest {

    private record Codes(String source, Function<Object, String> words, List<String> codes) {
    }

    private static final List<Codes> SERVICES_ENUMS = List.of(
            new Codes("platform procedure/StepStatus", Vocabulary::statusLangkah,
                    List.of("NOT_STARTED", "RUNNING", "OVERDUE", "DONE_ON_TIME", "DONE_LATE")),
            new Codes("collection round/EntryState", Vocabulary::keadaanEntri,
                    List.of("NOT_ENTERED", "PROPOSED", "ENTERED", "SENT_BACK", "VERIFIED", "RETURNED", "LOCKED")),
            new Codes("collection round/Entry history actions", Vocabulary::riwayatEntri,
                    List.of("PROPOSED", "ENTERED", "CONFIRMED", "VERIFIED", "SENT_BACK", "RETURNED",
                            "RETURNED_TO_MEASUREMENT", "LOCKED")),
            new Codes("collection round/RoundStatus", Vocabulary::statusPutaran,
                    List.of("OPEN", "SUBMITTED", "RETURNED", "APPROVED", "ARCHIVED")),
            new Codes("collection recap/RecapStatus", Vocabulary::statusPutaran,
                    List.of("SUBMITTED", "RETURNED", "APPROVED", "ARCHIVED")),
            new Codes("approval recap/RecapStatus", Vocabulary::statusRekap,
                    List.of("AWAITING_REVIEW", "RETURNED", "APPROVED", "DISPOSED", "ARCHIVED")),
            new Codes("measurement recap/RecapStatus", Vocabulary::keadaanPengukuran,
                    List.of("MEASURED", "AWAITING_METHODOLOGY", "RETURNED", "AWAITING_SOP", "APPROVED")),
            new Codes("measurement engine/MeasurementStatus", Vocabulary::statusHasil,
                    List.of("OK", "INCOMPLETE", "NOT_EVALUABLE")),
            new Codes("approval review/Decision", Vocabulary::keputusan, List.of("ACCEPTED", "RETURNED")),
            new Codes("approval review/ReviewOutcome", Vocabulary::hasilTelaah, List.of("RETURNED", "APPROVED")),
            new Codes("approval, collection, measurement ReturnTo", Vocabulary::tujuan,
                    List.of("COLLECTION", "MEASUREMENT")),
            new Codes("collection plan/NodeLevel", Vocabulary::level,
                    List.of("GOAL", "OBJECTIVE", "PROGRAM", "ACTIVITY", "SUB_ACTIVITY")),
            new Codes("collection sop/SopOutputs.DocumentKind", Vocabulary::jenisDokumen,
                    List.of("PK", "IKU", "DPA", "ACTIVITY_EVIDENCE", "SURVEY_RESULTS", "EVALUATION_REPORTS",
                            "SAKIP_ASSESSMENT", "DATA_COLLECTION_FORM")),
            new Codes("collection sop/SopOutputs.DocumentStatus", Vocabulary::statusDokumen,
                    List.of("AVAILABLE", "INCOMPLETE", "NOT_AVAILABLE")),
            new Codes("collection imports/RowOutcome", Vocabulary::hasilBaris,
                    List.of("CREATED", "UPDATED", "UNCHANGED", "REJECTED")),
            new Codes("measurement engine/Methodology.Polarity", Vocabulary::istilah, List.of("POSITIVE", "NEGATIVE")),
            new Codes("measurement engine/Methodology.ValueType", Vocabulary::istilah,
                    List.of("NUMBER", "PERCENT", "PREDICATE")),
            new Codes("measurement engine/Methodology.Frequency", Vocabulary::istilah, List.of("QUARTERLY", "ANNUAL")),
            new Codes("measurement engine/Methodology.PeriodAggregation", Vocabulary::istilah,
                    List.of("SUM", "LAST", "AVERAGE")),
            new Codes("measurement engine/Methodology.NegativeFormula", Vocabulary::istilah,
                    List.of("DIFFERENCE", "RATIO")),
            new Codes("measurement methodology/IndicatorMethodology.Status", Vocabulary::istilah,
                    List.of("DEFINED", "MISSING", "DRAFT")),
            new Codes("measurement methodology/MethodologySource", Vocabulary::istilah,
                    List.of("TEAM", "PLAN_HINTS", "PLAN_DRAFT")));

    @Test
    void everyCodeTheServicesAnswerReadsAsIndonesianWords() {
        List<String> raw = new ArrayList<>();
        for (Codes codes : SERVICES_ENUMS) {
            for (String code : codes.codes()) {
                String word = codes.words().apply(code);
                if (word.isBlank() || word.equals(code)) {
                    raw.add(codes.source() + "." + code);
                }
            }
        }
        assertTrue(raw.isEmpty(), "codes without a word: " + raw);
    }

    @Test
    void oneStatusReadsTheSameOnEveryPage() {
        assertEquals("Terlambat", Vocabulary.statusLangkah("OVERDUE"));
        assertEquals("Selesai tepat waktu", Vocabulary.statusLangkah("DONE_ON_TIME"));
        assertEquals("Selesai terlambat", Vocabulary.statusLangkah("DONE_LATE"));
        assertEquals("Terverifikasi", Vocabulary.keadaanEntri("VERIFIED"));
        assertEquals("Sub Kegiatan", Vocabulary.level("SUB_ACTIVITY"));
        assertEquals("late", Vocabulary.tandaLangkah("OVERDUE"));
        assertEquals("late", Vocabulary.tandaLangkah("DONE_LATE"));
        assertEquals("ok", Vocabulary.tandaLangkah("DONE_ON_TIME"));
    }

    @Test
    void aMissingCodeReadsAsADashAndAnUnknownOneAsItself() {
        assertEquals("–", Vocabulary.statusLangkah(null));
        assertEquals("Belum diputuskan", Vocabulary.keputusan(null));
        assertEquals("PAUSED", Vocabulary.statusLangkah("PAUSED"));
        assertEquals("Sangat tinggi", Vocabulary.predikat("SANGAT_TINGGI"));
        assertEquals("–", Vocabulary.predikat(" "));
    }

    @Test
    void theChecklistListsTheDocumentsInTheOrderOfTheSop() {
        Map<String, String> kinds = Vocabulary.documentKinds();
        assertEquals(List.of("PK", "IKU", "DPA", "ACTIVITY_EVIDENCE", "SURVEY_RESULTS", "EVALUATION_REPORTS",
                "SAKIP_ASSESSMENT", "DATA_COLLECTION_FORM"), List.copyOf(kinds.keySet()));
        assertFalse(Vocabulary.documentStatuses().isEmpty());
    }
}

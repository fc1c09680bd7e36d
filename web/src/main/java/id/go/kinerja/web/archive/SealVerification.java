package id.go.kinerja.web.archive;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.format.IndonesianFormats;
import java.util.ArrayList;
import java.util.List;

/**
 * What archive-service found when it re-checked one record ({@code GET …/records/{id}/verification}): VALID, or
 * INVALID with the first check that failed. The service explains its checks in English for programs; people read
 * them here in Indonesian, with the values it compared.
 */
public record SealVerification(String status, String failedCheck, List<CheckRow> checks, String verifiedAt) {

    /** One check with the value recomputed ({@code expected}) and the value the record holds ({@code actual}). */
    public record CheckRow(String check, boolean passed, String expected, String actual) {

        public String name() {
            return checkName(check);
        }

        public String meaning() {
            return checkMeaning(check, passed);
        }
    }

    static SealVerification of(JsonNode verification) {
        List<CheckRow> checks = new ArrayList<>();
        verification.path("checks").forEach(check -> checks.add(new CheckRow(check.path("check").asText(),
                check.path("passed").asBoolean(), check.path("expected").asText(null), check.path("actual").asText(null))));
        return new SealVerification(verification.path("status").asText(), verification.path("failedCheck").asText(null),
                checks, verification.path("verifiedAt").asText(null));
    }

    public boolean valid() {
        return "VALID".equals(status);
    }

    public String failedCheckName() {
        return checkName(failedCheck);
    }

    public String failedCheckMeaning() {
        return checkMeaning(failedCheck, false);
    }

    public String verifiedAtText() {
        return IndonesianFormats.waktu(verifiedAt);
    }

    static String checkName(String check) {
        return switch (check == null ? "" : check) {
            case "CONTENT_HASH" -> "Hash isi dokumen";
            case "SEAL" -> "Segel";
            case "PREVIOUS_LINK" -> "Tautan ke arsip sebelumnya";
            case "NEXT_LINK" -> "Tautan dari arsip berikutnya";
            default -> check;
        };
    }

    static String checkMeaning(String check, boolean passed) {
        return switch (check == null ? "" : check) {
            case "CONTENT_HASH" -> passed ? "Dokumen masih menghasilkan hash isi yang tersimpan."
                    : "Dokumen telah diubah setelah diarsipkan.";
            case "SEAL" -> passed ? "Segel sesuai dengan hash sebelumnya dan hash isi."
                    : "Segel atau hash yang dicakupnya telah diubah setelah pengarsipan.";
            case "PREVIOUS_LINK" -> passed ? "Memuat segel arsip sebelumnya (arsip pertama: 64 angka nol)."
                    : "Arsip sebelumnya telah diubah atau hilang setelah arsip ini disimpan.";
            case "NEXT_LINK" -> passed ? "Arsip berikutnya memuat segel arsip ini, atau ini arsip terbaru."
                    : "Arsip berikutnya menyegel versi lain dari arsip ini: arsip ini diubah setelah arsip berikutnya disimpan.";
            default -> "";
        };
    }
}

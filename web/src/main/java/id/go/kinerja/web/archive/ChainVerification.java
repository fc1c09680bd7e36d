package id.go.kinerja.web.archive;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.format.IndonesianFormats;

/** The agency's whole hash chain re-checked by archive-service: VALID, or where it first breaks. */
public record ChainVerification(String agencyCode, long recordsChecked, String status, Long brokenAt,
                                String brokenArchiveId, String brokenCheck, String verifiedAt) {

    static ChainVerification of(JsonNode chain) {
        JsonNode broken = chain.path("firstBroken");
        return new ChainVerification(chain.path("agencyCode").asText(), chain.path("recordsChecked").asLong(),
                chain.path("status").asText(), broken.isObject() ? broken.path("chainPosition").asLong() : null,
                broken.path("archiveId").isTextual() ? broken.path("archiveId").asText() : null,
                broken.path("failedCheck").asText(null), chain.path("verifiedAt").asText(null));
    }

    public boolean valid() {
        return "VALID".equals(status);
    }

    public String brokenCheckName() {
        return SealVerification.checkName(brokenCheck);
    }

    public String brokenCheckMeaning() {
        return SealVerification.checkMeaning(brokenCheck, false);
    }

    public String verifiedAtText() {
        return IndonesianFormats.waktu(verifiedAt);
    }
}

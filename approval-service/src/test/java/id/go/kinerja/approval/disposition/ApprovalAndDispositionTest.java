package id.go.kinerja.approval.disposition;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.luben.zstd.Zstd;
import id.go.kinerja.approval.ApprovalTestSupport;
import id.go.kinerja.approval.RecapMeasuredSample;
import id.go.kinerja.approval.recap.RecapArchived;
import id.go.kinerja.approval.review.RecapApproved;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The loop of the SOP through approval: revision 1 returned with reasons, revision 2 replaces it and is
 * approved (A10 / B8), the Head's disposition (A11 / B9) hands the complete document to the archive.
 */
@QuarkusTest
class ApprovalAndDispositionTest extends ApprovalTestSupport {

    private static final String DISPOSITION = "Terima kasih. Jadikan bahan penyusunan LKjIP dan evaluasi triwulan II.";

    @Test
    void revisionTwoReplacesTheReturnedOneAndIsApprovedThenDisposedWithBothReviews() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        accept(1, List.of("IKS-01", "IKS-02", "IKS-03", "IKP-07", "IKU-01"));
        decide("IKP-02", 1, "RETURNED", "Bukti daftar hadir pelatihan belum dilampirkan", "COLLECTION").then().statusCode(200);
        returnForCorrection(1, "Lengkapi bukti pelatihan").then().statusCode(200);

        receiveAndAwait(RecapMeasuredSample.REVISION_2, 2, 1);
        Map<String, Object> entry = inboxEntry();
        assertEquals(2, entry.get("revision"));
        assertEquals(0, entry.get("acceptedCount"));
        secretary().get("/api/approval/recaps/{id}", recapId).then().statusCode(200)
                .body("status", equalTo("AWAITING_REVIEW"))
                .body("document.revision", equalTo(2))
                .body("document.undecidedCount", equalTo(6))
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.data.realisations[0].value", equalTo(22))
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.result.achievement", equalTo(88))
                .body("reviews.revision", contains(1))
                // what changed since she returned it, and why it went back
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.changes.sinceRevision", equalTo(1))
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.changes.returnReason",
                        equalTo("Bukti daftar hadir pelatihan belum dilampirkan"))
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.changes.returnedTo", equalTo("COLLECTION"))
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.changes.changed.field",
                        contains("realisations", "result.achievement"))
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.changes.changed[1].before", equalTo(80))
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.changes.changed[1].after", equalTo(88))
                .body("document.items.find { it.indicatorCode == 'IKS-01' }.changes.previousDecision", equalTo("ACCEPTED"))
                .body("document.items.find { it.indicatorCode == 'IKS-01' }.changes.changed", empty());
        decide("IKS-01", 1, "ACCEPTED", null, null).then().statusCode(409);

        dispose(DISPOSITION).then().statusCode(409);
        accept(2, ITEMS);
        as(Roles.HEAD).body(Map.of("revision", 2)).post("/api/approval/recaps/{id}/approval", recapId).then().statusCode(403);
        approve(2, "Data lengkap dan sesuai").then().statusCode(200)
                .body("decision", equalTo("APPROVED")).body("revision", equalTo(2));

        JsonNode approved = published(RecapApproved.TOPIC, "RecapApproved");
        assertEquals(2, approved.path("revision").asInt());
        assertEquals(roundId.toString(), approved.path("roundId").asText());
        assertEquals("Data lengkap dan sesuai", approved.path("note").asText());
        assertEquals("SECRETARY", approved.path("actor").path("role").asText());

        assertFalse(inboxContains(), "an approved recap leaves the inbox");
        // approved data is locked for everyone
        decide("IKS-01", 2, "RETURNED", "Terlambat", "COLLECTION").then().statusCode(409);
        returnForCorrection(2, "Terlambat").then().statusCode(409);
        approve(2, "lagi").then().statusCode(409);

        as(Roles.SECRETARY).body(Map.of("text", DISPOSITION)).post("/api/approval/recaps/{id}/disposition", recapId)
                .then().statusCode(403);
        dispose(" ").then().statusCode(400);
        // the Head's client retries after a lost answer: the disposition is answered again, made once
        String disposition = as(Roles.HEAD).header("Idempotency-Key", "disposisi-" + recapId)
                .body(Map.of("text", DISPOSITION)).post("/api/approval/recaps/{id}/disposition", recapId)
                .then().statusCode(200)
                .body("text", equalTo(DISPOSITION)).body("decidedBy", equalTo("head@disdagtrans"))
                .extract().asString();
        as(Roles.HEAD).header("Idempotency-Key", "disposisi-" + recapId)
                .body(Map.of("text", DISPOSITION)).post("/api/approval/recaps/{id}/disposition", recapId)
                .then().statusCode(200).header("Idempotent-Replayed", equalTo("true"))
                .body(equalTo(disposition));
        dispose(DISPOSITION).then().statusCode(409);

        JsonNode disposed = published(RecapDisposed.TOPIC, "RecapDisposed");
        assertEquals(AGENCY, disposed.path("agencyCode").asText());
        assertEquals(2, disposed.path("revision").asInt());
        assertEquals("HEAD", disposed.path("actor").path("role").asText());
        assertEquals("Dinas Perdagangan dan Transmigrasi", disposed.path("agencyName").asText());
        assertEquals(roundId.toString(), disposed.path("roundId").asText());
        assertEquals(2025, disposed.path("year").asInt());
        assertEquals(1, disposed.path("quarter").asInt());
        assertEquals(1, disposed.path("measuredRevision").asInt());
        assertThat(disposed.path("headlineAchievement").decimalValue(), comparesEqualTo(new BigDecimal("96.17")));
        assertEquals(7, disposed.path("nodes").size());
        assertEquals(3, disposed.path("levelSummaries").size());
        assertEquals(6, disposed.path("items").size());
        JsonNode trained = disposed.path("items").get(3);
        assertEquals("IKP-02", trained.path("indicatorCode").asText());
        assertThat(trained.path("realisations").get(0).path("value").decimalValue(), comparesEqualTo(new BigDecimal("22")));
        assertEquals("daftar-hadir-pelatihan-q1.pdf", trained.path("realisations").get(0).path("evidence").get(0).path("fileName").asText());
        assertThat(trained.path("result").path("achievement").decimalValue(), comparesEqualTo(new BigDecimal("88.00")));
        assertFalse(disposed.has("engineVersion"), "unknown top-level fields of RecapMeasured are not part of the document");

        JsonNode reviews = disposed.path("reviews");
        assertEquals(2, reviews.size());
        assertEquals(1, reviews.get(0).path("revision").asInt());
        assertEquals("RETURNED", reviews.get(0).path("decision").asText());
        assertEquals("secretary@disdagtrans", reviews.get(0).path("decidedBy").asText());
        assertEquals("Lengkapi bukti pelatihan", reviews.get(0).path("note").asText());
        assertTrue(reviews.get(0).hasNonNull("decidedAt"));
        JsonNode returnedItem = reviews.get(0).path("items").get(3);
        assertEquals("IKP-02", returnedItem.path("indicatorCode").asText());
        assertEquals("RETURNED", returnedItem.path("decision").asText());
        assertEquals("Bukti daftar hadir pelatihan belum dilampirkan", returnedItem.path("reason").asText());
        assertEquals("COLLECTION", returnedItem.path("returnTo").asText());
        assertEquals("ACCEPTED", reviews.get(0).path("items").get(0).path("decision").asText());
        assertEquals(2, reviews.get(1).path("revision").asInt());
        assertEquals("APPROVED", reviews.get(1).path("decision").asText());
        assertEquals(6, reviews.get(1).path("items").size());
        assertEquals(DISPOSITION, disposed.path("disposition").path("text").asText());
        assertEquals("head@disdagtrans", disposed.path("disposition").path("decidedBy").asText());
        assertTrue(disposed.path("disposition").hasNonNull("decidedAt"));

        as(Roles.AUDITOR).get("/api/approval/recaps/{id}", recapId).then().statusCode(200)
                .body("status", equalTo("DISPOSED"))
                .body("approvedRevision", equalTo(2))
                .body("disposition.text", equalTo(DISPOSITION))
                .body("reviews.decision", contains("RETURNED", "APPROVED"))
                .body("reviews[0].items.find { it.indicatorCode == 'IKP-02' }.reason",
                        equalTo("Bukti daftar hadir pelatihan belum dilampirkan"))
                .body("archive", nullValue());
        as(Roles.HEAD).get("/api/approval/recaps/{id}/revisions/1", recapId).then().statusCode(200)
                .body("outcome", equalTo("RETURNED"))
                .body("measuredRevisions", contains(1))
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.data.realisations[0].value", equalTo(20))
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.decision.returnTo", equalTo("COLLECTION"))
                .body("review.note", equalTo("Lengkapi bukti pelatihan"));
        as(Roles.SAKIP_TEAM).get("/api/approval/recaps/{id}/revisions/2", recapId).then().statusCode(200)
                .body("outcome", equalTo("APPROVED"))
                .body("document.acceptedCount", equalTo(6));
        as(Roles.SAKIP_TEAM).get("/api/approval/recaps/{id}/revisions/3", recapId).then().statusCode(404);
        as(Roles.HEAD).queryParam("status", "DISPOSED").queryParam("size", 200).get("/api/approval/recaps")
                .then().statusCode(200).body("items.recapId", hasItem(recapId.toString()));
    }

    @Test
    void dispositionBeforeApprovalIsRefused() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);

        dispose(DISPOSITION).then().statusCode(409).contentType("application/problem+json")
                .body("context.status", equalTo("AWAITING_REVIEW"));
        secretary().get("/api/approval/recaps/{id}", recapId).then().body("disposition", nullValue());
    }

    @Test
    void anotherAgencySeesNothingOfTheRecap() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        accept(1, ITEMS);

        as(Roles.SECRETARY, OTHER_AGENCY).queryParam("size", 200).get("/api/approval/inbox").then().statusCode(200)
                .body("items.recapId", not(hasItem(recapId.toString())));
        as(Roles.HEAD, OTHER_AGENCY).queryParam("size", 200).get("/api/approval/recaps").then().statusCode(200)
                .body("items.recapId", not(hasItem(recapId.toString())));
        for (String path : List.of("/api/approval/recaps/{id}", "/api/approval/recaps/{id}/revisions/1")) {
            as(Roles.SECRETARY, OTHER_AGENCY).get(path, recapId).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        as(Roles.SECRETARY, OTHER_AGENCY).body(Map.of("revision", 1, "decision", "ACCEPTED"))
                .put("/api/approval/recaps/{id}/items/IKS-01/decision", recapId).then().statusCode(404);
        as(Roles.SECRETARY, OTHER_AGENCY).body(Map.of("revision", 1)).post("/api/approval/recaps/{id}/approval", recapId)
                .then().statusCode(404);

        approve(1, "Setuju").then().statusCode(200);
        as(Roles.HEAD, OTHER_AGENCY).body(Map.of("text", DISPOSITION)).post("/api/approval/recaps/{id}/disposition", recapId)
                .then().statusCode(404);
        secretary().get("/api/approval/recaps/{id}", recapId).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void theDisposedDocumentOfTwoThousandIndicatorsStaysWellUnderKafkaLimits() {
        String large = LargeRecap.of(recapId, roundId, 2000);
        send(large);
        awaitCurrent(1, 1);
        accept(1, LargeRecap.codes(2000));
        approve(1, "Setuju").then().statusCode(200);
        dispose(DISPOSITION).then().statusCode(200);

        String disposed = topics().await(RecapDisposed.TOPIC, value -> value.contains(recapId.toString()), 1, EVENT_TIMEOUT)
                .get(0);
        JsonNode document = parse(disposed);
        assertEquals(2000, document.path("items").size());
        assertEquals(2000, document.path("reviews").get(0).path("items").size());
        byte[] bytes = disposed.getBytes(StandardCharsets.UTF_8);
        // the relay sends zstd-compressed batches of at most 8 MB; the broker takes 8 MB messages
        assertThat(bytes.length, lessThan(8 * 1024 * 1024));
        assertThat(Zstd.compress(bytes).length, lessThan(1024 * 1024));
    }

    @Test
    void theArchiveReferenceIsShownOnceTheArchiveSealedTheDocument() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        accept(1, ITEMS);
        approve(1, "Setuju").then().statusCode(200);
        dispose("Arsipkan").then().statusCode(200);

        JsonNode receipt = RecapMeasuredSample.of(RecapMeasuredSample.ARCHIVED).recap(recapId, roundId).revision(1, 1).tree();
        String archived = receipt.toString();
        topics().send(RecapArchived.TOPIC, recapId.toString(), archived, "RecapArchived");

        await().atMost(EVENT_TIMEOUT).until(() -> "ARCHIVED".equals(
                as(Roles.AUDITOR).get("/api/approval/recaps/{id}", recapId).path("status")));
        as(Roles.AUDITOR).get("/api/approval/recaps/{id}", recapId).then()
                .body("archive.archiveId", equalTo(receipt.get("archiveId").asText()))
                .body("archive.contentHash", equalTo(receipt.get("contentHash").asText()))
                .body("archive.chainPosition", equalTo(receipt.get("chainPosition").asInt()))
                .body("archive.archivedAt", notNullValue())
                .body("disposition.text", equalTo("Arsipkan"));
        dispose("lagi").then().statusCode(409);
    }

    private Map<String, Object> inboxEntry() {
        List<Map<String, Object>> inbox = secretary().queryParam("size", 200).get("/api/approval/inbox")
                .then().statusCode(200).extract().path("items");
        return inbox.stream().filter(item -> recapId.toString().equals(item.get("recapId"))).findFirst().orElseThrow();
    }

    private boolean inboxContains() {
        List<String> ids = secretary().queryParam("size", 200).get("/api/approval/inbox").then().statusCode(200)
                .extract().path("items.recapId");
        return ids.contains(recapId.toString());
    }
}

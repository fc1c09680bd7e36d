package id.go.kinerja.approval.review;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.empty;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.approval.ApprovalTestSupport;
import id.go.kinerja.approval.RecapMeasuredSample;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SOP A10 / B8: the Secretary analyses the measured recap item by item, then approves it or returns it. */
@QuarkusTest
class SecretaryReviewTest extends ApprovalTestSupport {

    @Test
    void measuredRecapWaitsInTheSecretarysInboxWithItsHeadlineAndItems() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);

        List<Map<String, Object>> inbox = secretary().queryParam("size", 200).get("/api/approval/inbox")
                .then().statusCode(200).extract().path("items");
        Map<String, Object> entry = inbox.stream().filter(item -> recapId.toString().equals(item.get("recapId")))
                .findFirst().orElseThrow();
        assertEquals(roundId.toString(), entry.get("roundId"));
        assertEquals(2025, entry.get("year"));
        assertEquals(1, entry.get("quarter"));
        assertEquals(1, entry.get("revision"));
        assertEquals(6, entry.get("itemCount"));
        assertEquals(0, entry.get("acceptedCount"));
        assertEquals(0, entry.get("returnedCount"));
        assertEquals("96.17", entry.get("headlineAchievement").toString());
        assertThat(entry.get("receivedAt"), notNullValue());

        secretary().get("/api/approval/recaps/{id}", recapId).then().statusCode(200)
                .body("status", equalTo("AWAITING_REVIEW"))
                .body("agencyName", equalTo("Dinas Perdagangan dan Transmigrasi"))
                .body("document.items.indicatorCode", contains(ITEMS.toArray()))
                .body("document.items[3].data.realisations[0].value", equalTo(20))
                .body("document.items[3].result.achievement", equalTo(80))
                .body("document.items[3].result.predicate", equalTo("TINGGI"))
                .body("document.items[3].decision", nullValue())
                .body("document.undecidedCount", equalTo(6))
                // the tolerant reader keeps what measurement sent inside an item, even fields it does not know
                .body("document.items[2].result.explanation", containsString("triwulan"))
                .body("document.levelSummaries.level", contains("GOAL", "OBJECTIVE", "PROGRAM"))
                .body("document.nodes.find { it.code == '3.30.02' }.rollUp.budgetAbsorption", equalTo(25))
                .body("reviews", empty());
    }

    @Test
    void theSecretarySeesWhichQuarterHasNoDataAndWhyBesideItsIncompleteResult() {
        // the shared sample: IKP-07's first quarter was answered "no data" and measured INCOMPLETE
        receiveAndAwait("RecapMeasured", 1, 1);

        String noData = "document.items.find { it.indicatorCode == 'IKP-07' }";
        secretary().get("/api/approval/recaps/{id}", recapId).then().statusCode(200)
                .body(noData + ".noData.quarter", contains(1))
                .body(noData + ".noData[0].reason",
                        equalTo("Survei kepuasan triwulan I ditunda karena anggaran survei belum cair"))
                .body(noData + ".result.status", equalTo("INCOMPLETE"))
                .body(noData + ".data.realisations[0].noData", equalTo(true))
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.noData", empty());
    }

    @Test
    void headAuditorAndSakipTeamReadTheRecapButOperatorsDoNot() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);

        for (String reader : List.of(Roles.HEAD, Roles.AUDITOR, Roles.SAKIP_TEAM)) {
            as(reader).get("/api/approval/recaps/{id}", recapId).then().statusCode(200)
                    .body("document.itemCount", equalTo(6));
        }
        as(Roles.OPERATOR).get("/api/approval/recaps/{id}", recapId).then().statusCode(403);
        as(Roles.HEAD).get("/api/approval/inbox").then().statusCode(403);
    }

    @Test
    void onlyTheSecretaryDecidesApprovesOrReturns() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        Map<String, Object> accept = Map.of("revision", 1, "decision", "ACCEPTED");

        for (String role : List.of(Roles.HEAD, Roles.SAKIP_TEAM, Roles.AUDITOR, Roles.OPERATOR, Roles.ADMIN)) {
            as(role).body(accept).put("/api/approval/recaps/{id}/items/IKS-01/decision", recapId).then().statusCode(403);
            as(role).body(Map.of("revision", 1)).post("/api/approval/recaps/{id}/approval", recapId).then().statusCode(403);
            as(role).body(Map.of("revision", 1)).post("/api/approval/recaps/{id}/return", recapId).then().statusCode(403);
        }
        secretary().get("/api/approval/recaps/{id}", recapId).then()
                .body("status", equalTo("AWAITING_REVIEW")).body("document.undecidedCount", equalTo(6));
    }

    @Test
    void approvalIsRefusedUntilEveryItemIsAcceptedAndSaysWhichAreNot() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        accept(1, List.of("IKS-01", "IKS-02", "IKS-03"));
        decide("IKP-02", 1, "RETURNED", "Bukti daftar hadir pelatihan belum dilampirkan", "COLLECTION")
                .then().statusCode(200);

        approve(1, "Setuju").then().statusCode(409)
                .contentType("application/problem+json")
                .body("context.undecided", contains("IKP-07", "IKU-01"))
                .body("context.returned", contains("IKP-02"));

        accept(1, List.of("IKP-07", "IKU-01"));
        approve(1, "Setuju").then().statusCode(409).body("context.undecided", empty())
                .body("context.returned", contains("IKP-02"));
        secretary().get("/api/approval/recaps/{id}", recapId).then().body("status", equalTo("AWAITING_REVIEW"));
    }

    @Test
    void aReturnedItemNeedsAReasonAndWhereItGoesBack() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);

        decide("IKP-02", 1, "RETURNED", null, "COLLECTION").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        decide("IKP-02", 1, "RETURNED", "   ", "COLLECTION").then().statusCode(400).body("errors.field", hasItem("reason"));
        decide("IKP-02", 1, "RETURNED", "Bukti belum ada", null).then().statusCode(400).body("errors.field", hasItem("returnTo"));
        decide("IKP-02", 1, "ACCEPTED", null, "COLLECTION").then().statusCode(400).body("errors.field", hasItem("returnTo"));
        decide("IKP-99", 1, "ACCEPTED", null, null).then().statusCode(404);
        decide("IKP-02", 2, "ACCEPTED", null, null).then().statusCode(409).body("context.currentRevision", equalTo(1));

        decide("IKP-02", 1, "RETURNED", "Bukti daftar hadir belum dilampirkan", "COLLECTION").then().statusCode(200)
                .body("decision", equalTo("RETURNED")).body("returnTo", equalTo("COLLECTION"))
                .body("decidedBy", equalTo("secretary@disdagtrans"));
        // a decision may change until the review concludes
        decide("IKP-02", 1, "ACCEPTED", null, null).then().statusCode(200).body("decision", equalTo("ACCEPTED"))
                .body("reason", nullValue()).body("returnTo", nullValue());
        secretary().get("/api/approval/recaps/{id}", recapId).then()
                .body("document.items.find { it.indicatorCode == 'IKP-02' }.decision.decision", equalTo("ACCEPTED"))
                .body("document.acceptedCount", equalTo(1));
    }

    @Test
    void returningPublishesExactlyTheReturnedItemsAndTakesTheRecapOutOfTheInbox() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        returnForCorrection(1, "Belum ada yang dikembalikan").then().statusCode(409);

        accept(1, List.of("IKS-01", "IKS-02", "IKP-07", "IKU-01"));
        decide("IKP-02", 1, "RETURNED", "Bukti daftar hadir pelatihan belum dilampirkan", "COLLECTION").then().statusCode(200);
        decide("IKS-03", 1, "RETURNED", "Gunakan target triwulan berjalan sesuai Renja", "MEASUREMENT").then().statusCode(200);

        returnForCorrection(1, "Dua indikator perlu diperbaiki").then().statusCode(200)
                .body("decision", equalTo("RETURNED")).body("revision", equalTo(1))
                .body("items.indicatorCode", contains("IKS-01", "IKS-02", "IKS-03", "IKP-02", "IKP-07", "IKU-01"));

        JsonNode returned = published(RecapReturned.TOPIC, "RecapReturned");
        assertEquals(AGENCY, returned.path("agencyCode").asText());
        assertEquals(1, returned.path("revision").asInt());
        assertEquals(roundId.toString(), returned.path("roundId").asText());
        assertEquals(2025, returned.path("year").asInt());
        assertEquals(1, returned.path("quarter").asInt());
        assertEquals("Dua indikator perlu diperbaiki", returned.path("note").asText());
        assertEquals("SECRETARY", returned.path("actor").path("role").asText());
        assertEquals("secretary@disdagtrans", returned.path("actor").path("userId").asText());
        assertEquals(2, returned.path("items").size());
        assertEquals("IKS-03", returned.path("items").get(0).path("indicatorCode").asText());
        assertEquals("Gunakan target triwulan berjalan sesuai Renja", returned.path("items").get(0).path("reason").asText());
        assertEquals("MEASUREMENT", returned.path("items").get(0).path("returnTo").asText());
        assertEquals("IKP-02", returned.path("items").get(1).path("indicatorCode").asText());
        assertEquals("Bukti daftar hadir pelatihan belum dilampirkan", returned.path("items").get(1).path("reason").asText());
        assertEquals("COLLECTION", returned.path("items").get(1).path("returnTo").asText());

        secretary().queryParam("size", 200).get("/api/approval/inbox").then().statusCode(200)
                .body("items.recapId", not(hasItem(recapId.toString())));
        secretary().get("/api/approval/recaps/{id}", recapId).then().body("status", equalTo("RETURNED"))
                .body("reviews[0].decision", equalTo("RETURNED"))
                .body("reviews[0].note", equalTo("Dua indikator perlu diperbaiki"));
        // the review is over: its decisions are final until the next revision arrives
        decide("IKP-02", 1, "ACCEPTED", null, null).then().statusCode(409);
        returnForCorrection(1, "sekali lagi").then().statusCode(409);
        approve(1, "Setuju").then().statusCode(409);
        assertEquals(1, allPublished(RecapReturned.TOPIC).size());
    }
}

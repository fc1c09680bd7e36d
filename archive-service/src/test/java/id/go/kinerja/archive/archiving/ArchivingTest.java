package id.go.kinerja.archive.archiving;

import static id.go.kinerja.archive.Disposals.PATIENCE;
import static id.go.kinerja.archive.Disposals.archive;
import static id.go.kinerja.archive.Disposals.fetch;
import static id.go.kinerja.archive.Disposals.newRecap;
import static id.go.kinerja.archive.Disposals.send;
import static id.go.kinerja.archive.Disposals.token;
import static id.go.kinerja.archive.Disposals.uniqueAgency;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.archive.Disposals;
import id.go.kinerja.archive.Disposals.Disposal;
import id.go.kinerja.archive.seal.CanonicalJson;
import id.go.kinerja.archive.seal.Seal;
import id.go.kinerja.infrastructure.ConsumerPoison;
import id.go.kinerja.infrastructure.TestTopics;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArchivingTest {

    private static final String DLQ = RecapDisposedConsumer.TOPIC + ".dlq";

    private final TestTopics topics = TestTopics.ofTestBroker();

    @Inject
    RecapDisposedConsumer consumer;

    @Inject
    ManagedExecutor executor;

    @Test
    void disposedRecapIsArchivedWholeWithItsHashAndAnnounced() {
        Disposal disposal = newRecap(uniqueAgency("whole"));

        UUID archiveId = archive(disposal);
        JsonNode served = fetch(disposal.agency(), archiveId);
        JsonNode metadata = served.get("metadata");
        JsonNode document = served.get("document");

        assertEquals(disposal.recapId().toString(), metadata.get("recapId").asText());
        assertEquals(2, metadata.get("revision").asInt());
        assertEquals(2025, metadata.get("year").asInt());
        assertEquals(1, metadata.get("quarter").asInt());
        assertEquals("Dinas Perdagangan dan Transmigrasi", metadata.get("agencyName").asText());
        assertEquals("2025-04-16T02:30:00.000Z", metadata.get("disposedAt").asText());

        JsonNode training = item(document, "IKK-01");
        assertEquals(new BigDecimal("20"), training.at("/realisations/0/value").decimalValue());
        assertEquals(new BigDecimal("80.00"), training.at("/result/achievement").decimalValue());
        assertEquals("TINGGI", training.at("/result/predicate").asText());
        assertEquals(new BigDecimal("4.20"), item(document, "IKS-01").at("/realisations/0/value").decimalValue());
        assertEquals(new BigDecimal("116.00"), item(document, "IKS-01").at("/result/achievement").decimalValue());
        assertEquals(new BigDecimal("109.79"), document.at("/headlineAchievement").decimalValue());
        assertEquals(new BigDecimal("312500000.00"), document.at("/nodes/3/budgetRealised").decimalValue());

        JsonNode firstReview = document.at("/reviews/0");
        assertEquals("RETURNED", firstReview.get("decision").asText());
        assertEquals("Bukti daftar hadir pelatihan belum dilampirkan", reviewItem(firstReview, "IKK-01").get("reason").asText());
        assertEquals("COLLECTION", reviewItem(firstReview, "IKK-01").get("returnTo").asText());
        assertEquals("Gunakan rumus selisih untuk indikator negatif", reviewItem(firstReview, "IKS-01").get("reason").asText());
        assertEquals("MEASUREMENT", reviewItem(firstReview, "IKS-01").get("returnTo").asText());
        JsonNode secondReview = document.at("/reviews/1");
        assertEquals("APPROVED", secondReview.get("decision").asText());
        secondReview.get("items").forEach(decision -> assertEquals("ACCEPTED", decision.get("decision").asText()));
        assertTrue(document.at("/disposition/text").asText().startsWith("Capaian sasaran triwulan I baik (≥ 91 %)"));
        assertEquals("kepala.dinas@disdagtrans", document.at("/disposition/decidedBy").asText());
        // a field this service does not know is archived all the same (tolerant reader, nothing dropped)
        assertEquals("510/45/DP-Trans/IV/2025", document.get("reportNumber").asText());

        String recomputed = disposal.contentHash();
        assertEquals(recomputed, metadata.get("contentHash").asText());
        assertEquals(recomputed, CanonicalJson.sha256(document), "the served document hashes to its content hash");
        assertEquals(1, metadata.get("chainPosition").asLong());
        assertEquals(Seal.GENESIS, metadata.get("previousHash").asText());
        assertEquals(Seal.of(Seal.GENESIS, recomputed), metadata.get("seal").asText());

        List<String> announced = topics.await(RecapArchived.TOPIC, value -> value.contains(disposal.recapId().toString()),
                1, PATIENCE);
        assertEquals(1, announced.size());
        JsonNode event = CanonicalJson.parse(announced.get(0));
        assertEquals("RecapArchived", event.get("eventType").asText());
        assertEquals(disposal.agency(), event.get("agencyCode").asText());
        assertEquals(2, event.get("revision").asInt());
        assertEquals("0c5f2e1b-3a4d-4e6f-8a9b-1c2d3e4f5a6b", event.get("roundId").asText());
        assertEquals(archiveId.toString(), event.get("archiveId").asText());
        assertEquals(recomputed, event.get("contentHash").asText());
        assertEquals(1, event.get("chainPosition").asLong());
        assertEquals(Seal.GENESIS, event.get("previousHash").asText());
        assertEquals(metadata.get("seal").asText(), event.get("seal").asText());

        given().auth().oauth2(token(Roles.AUDITOR, disposal.agency()))
                .get("/api/archive/records/{id}/verification", archiveId)
                .then().statusCode(200).body("status", equalTo("VALID"));
    }

    @Test
    void redeliveredOrRepeatedDisposalChangesNothing() throws Exception {
        Disposal disposal = newRecap(uniqueAgency("redelivery"));
        UUID archiveId = archive(disposal);
        String sealBefore = fetch(disposal.agency(), archiveId).at("/metadata/seal").asText();

        Disposal sameRevisionAgain = disposal.again();
        Disposal olderRevision = disposal.revision(1);
        send(disposal);
        send(sameRevisionAgain);
        send(olderRevision);
        // keyed by recap, all three sit on one partition behind each other: once the last is recorded, all were seen
        awaitProcessed(olderRevision.eventId());

        given().auth().oauth2(token(Roles.AUDITOR, disposal.agency()))
                .get("/api/archive/records")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].archiveId", equalTo(archiveId.toString()))
                .body("items[0].seal", equalTo(sealBefore));
        assertEquals(1, topics.all(RecapArchived.TOPIC, value -> value.contains(disposal.recapId().toString()),
                Duration.ofSeconds(2)).size());
    }

    @Test
    void theConsumerDeadLettersThePoisonSetAndIgnoresAStaleRevision() throws Exception {
        Disposal revision2 = newRecap(uniqueAgency("poison")).revision(2);
        archive(revision2);

        ObjectMapper json = new ObjectMapper();
        ConsumerPoison.of(RecapDisposedConsumer.TOPIC).isDeadLetteredOrIgnoredByTheRules(
                json.readTree(revision2.json()), json.readTree(revision2.revision(1).json()));

        given().auth().oauth2(token(Roles.HEAD, revision2.agency()))
                .queryParam("recapId", revision2.recapId())
                .get("/api/archive/records")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.revision", equalTo(List.of(2)));
    }

    @Test
    void aLaterRevisionIsArchivedAsANewRecordThatSupersedesTheEarlierOne() {
        Disposal first = newRecap(uniqueAgency("superseded"));
        UUID firstId = archive(first);
        Disposal correction = first.revision(3);
        UUID correctionId = archive(correction);

        JsonNode corrected = fetch(first.agency(), correctionId).get("metadata");
        assertEquals(3, corrected.get("revision").asInt());
        assertEquals(firstId.toString(), corrected.get("supersedes").asText());
        assertEquals(2, corrected.get("chainPosition").asLong());
        given().auth().oauth2(token(Roles.HEAD, first.agency()))
                .queryParam("recapId", first.recapId())
                .get("/api/archive/records")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.revision", equalTo(List.of(3, 2)));
    }

    @Test
    void chainLinksTheRecordsOfOneAgencyAndNoOther() {
        String agency = uniqueAgency("chain");
        String otherAgency = uniqueAgency("chain-other");
        Disposal first = newRecap(agency);
        JsonNode firstRecord = fetch(agency, archive(first)).get("metadata");
        JsonNode otherRecord = fetch(otherAgency, archive(newRecap(otherAgency))).get("metadata");
        Disposal second = newRecap(agency);
        JsonNode secondRecord = fetch(agency, archive(second)).get("metadata");

        assertEquals(1, firstRecord.get("chainPosition").asLong());
        assertEquals(Seal.GENESIS, firstRecord.get("previousHash").asText());
        assertEquals(2, secondRecord.get("chainPosition").asLong());
        assertEquals(firstRecord.get("seal").asText(), secondRecord.get("previousHash").asText());
        assertEquals(Seal.of(firstRecord.get("seal").asText(), second.contentHash()), secondRecord.get("seal").asText());
        assertEquals(1, otherRecord.get("chainPosition").asLong());
        assertEquals(Seal.GENESIS, otherRecord.get("previousHash").asText());

        given().auth().oauth2(token(Roles.SECRETARY, agency))
                .get("/api/archive/chain/verification")
                .then().statusCode(200)
                .body("status", equalTo("VALID"))
                .body("recordsChecked", equalTo(2));
    }

    @Test
    void aRecapOfTwoThousandIndicatorsIsArchivedAndVerifies() {
        Disposal large = Disposals.newLargeRecap(uniqueAgency("large"), 2000);
        assertTrue(large.json().length() > 1_000_000, "bigger than Kafka's default message limit");

        UUID archiveId = archive(large);

        JsonNode served = fetch(large.agency(), archiveId);
        assertEquals(2000, served.at("/document/items").size());
        assertEquals("IKU-2000", served.at("/document/items/1999/indicatorCode").asText());
        assertEquals(large.contentHash(), served.at("/metadata/contentHash").asText());
        given().auth().oauth2(token(Roles.AUDITOR, large.agency()))
                .get("/api/archive/records/{id}/verification", archiveId)
                .then().statusCode(200).body("status", equalTo("VALID"));
    }

    @Test
    void concurrentDisposalsOfOneAgencyAreChainedOneAfterAnother() throws Exception {
        String agency = uniqueAgency("concurrent");
        List<Disposal> disposals = IntStream.range(0, 6).mapToObj(i -> newRecap(agency)).toList();
        // as if several service instances consumed different partitions at the same moment
        CompletableFuture<?>[] running = disposals.stream()
                .map(disposal -> executor.runAsync(() -> consumer.consume(
                        new ConsumerRecord<>(RecapDisposedConsumer.TOPIC, 0, 0L, null, disposal.json()))))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(running).get(30, TimeUnit.SECONDS);

        given().auth().oauth2(token(Roles.AUDITOR, agency))
                .queryParam("size", 200)
                .get("/api/archive/records")
                .then().statusCode(200)
                .body("total", equalTo(disposals.size()))
                .body("items.chainPosition", equalTo(List.of(6, 5, 4, 3, 2, 1)));
        given().auth().oauth2(token(Roles.AUDITOR, agency))
                .get("/api/archive/chain/verification")
                .then().statusCode(200)
                .body("status", equalTo("VALID"))
                .body("recordsChecked", equalTo(disposals.size()));
    }

    @Test
    void malformedMessagesGoToTheDeadLetterTopicAndTheNextOneIsStillArchived() {
        String agency = uniqueAgency("poison");
        String marker = UUID.randomUUID().toString();
        Disposal withoutDisposition = newRecap(agency);
        String incomplete = withoutDisposition.json().replace("\"disposition\"", "\"dispositionDraft\"");
        topics.send(RecapDisposedConsumer.TOPIC, marker, "this is not an event " + marker, "RecapDisposed");
        topics.send(RecapDisposedConsumer.TOPIC, withoutDisposition.recapId().toString(), incomplete, "RecapDisposed");
        Disposal good = newRecap(agency);
        send(good);

        Disposals.awaitArchived(good);
        List<String> deadLetters = topics.await(DLQ, value -> value.contains(marker)
                || value.contains(withoutDisposition.recapId().toString()), 2, PATIENCE);
        assertEquals(2, deadLetters.size());
        given().auth().oauth2(token(Roles.AUDITOR, agency))
                .get("/api/archive/records")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].recapId", equalTo(good.recapId().toString()));
    }

    private static void awaitProcessed(UUID eventId) {
        await().atMost(PATIENCE).until(() -> {
            try (Connection connection = Disposals.database();
                 PreparedStatement query = connection.prepareStatement(
                         "select count(*) from processed_event where event_id = ? and consumer = 'archive-service'")) {
                query.setObject(1, eventId);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    return result.getInt(1) == 1;
                }
            }
        });
    }

    private static JsonNode item(JsonNode document, String indicatorCode) {
        for (JsonNode item : document.get("items")) {
            if (indicatorCode.equals(item.get("indicatorCode").asText())) {
                return item;
            }
        }
        throw new AssertionError("No item " + indicatorCode + " in the archived document");
    }

    private static JsonNode reviewItem(JsonNode review, String indicatorCode) {
        for (JsonNode item : review.get("items")) {
            if (indicatorCode.equals(item.get("indicatorCode").asText())) {
                return item;
            }
        }
        throw new AssertionError("No decision on " + indicatorCode + " in review " + review.get("revision"));
    }
}

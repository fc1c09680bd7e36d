package id.go.kinerja.collection.recap;

import static id.go.kinerja.collection.Events.RECAP_APPROVED;
import static id.go.kinerja.collection.Events.RECAP_ARCHIVED;
import static id.go.kinerja.collection.Events.RECAP_DISPOSED;
import static id.go.kinerja.collection.Events.RECAP_RETURNED;
import static id.go.kinerja.collection.Events.RECAP_SUBMITTED;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.collection.Events;
import id.go.kinerja.collection.TestAgency;
import id.go.kinerja.infrastructure.ConsumerPoison;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What happens to a submitted recap when the Secretary returns or approves it and the archive seals it
 * (SOP A10-A12), driven by real events on the real broker.
 */
@QuarkusTest
class RecapReviewTest {

    private static final String MISSING_EVIDENCE = "Bukti daftar hadir pelatihan belum dilampirkan";
    private static final String RANGE_FORMULA = "Gunakan rumus rentang untuk target 70-80";

    @Inject
    DataSource dataSource;

    @Test
    void returnedItemsReopenForReEntryAndOthersStayLocked() {
        Submitted recap = submitted();
        // a poison message first: it goes to the dead-letter topic and the return behind it is still applied
        Events.sendPoisonAndAwaitDeadLetter(RECAP_RETURNED, recap.id);
        String returned = returnFirstRevision(recap);

        TestAgency agency = recap.agency;
        agency.as("OPERATOR", "PERDAGANGAN").when().get("/api/collection/rounds/{round}/entries/IKP-01", recap.round)
                .then().statusCode(200)
                .body("state", equalTo("RETURNED"))
                .body("returned.reason", equalTo(MISSING_EVIDENCE))
                .body("returned.returnTo", equalTo("COLLECTION"))
                .body("returned.by", equalTo("secretary@" + agency.code.toLowerCase()))
                .body("returned.revision", equalTo(1));
        agency.entry(recap.round, "IKK-01").statusCode(200)
                .body("state", equalTo("VERIFIED"))
                .body("returned.returnTo", equalTo("MEASUREMENT"))
                .body("returned.reason", equalTo(RANGE_FORMULA));
        agency.entry(recap.round, "IKU-01").statusCode(200).body("state", equalTo("VERIFIED")).body("returned", nullValue());

        agency.enter(recap.round, "IKU-01", 3.9).statusCode(409).body("detail", containsString("not returned for re-entry"));
        agency.enter(recap.round, "IKK-01", 80).statusCode(409);
        agency.decide(recap.round, "IKU-01", "SEND_BACK", "Cek lagi").statusCode(409);
        agency.as("SECRETARY").when().get("/api/collection/rounds/{round}/recap", recap.round)
                .then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("revisions[0].returned.note", equalTo("Dua indikator perlu diperbaiki"))
                .body("revisions[0].returned.items.indicatorCode", contains("IKP-01", "IKK-01"))
                .body("revisions[0].returned.items.returnTo", contains("COLLECTION", "MEASUREMENT"));

        agency.enter(recap.round, "IKP-01", 26).statusCode(200).body("state", equalTo("ENTERED"));
        agency.decide(recap.round, "IKP-01", "VERIFY", null).statusCode(200);

        // the same return delivered again changes nothing: the corrected entry stays verified
        Events.send(RECAP_RETURNED, recap.id, returned);
        Events.sendPoisonAndAwaitDeadLetter(RECAP_RETURNED, recap.id);
        agency.entry(recap.round, "IKP-01").statusCode(200).body("state", equalTo("VERIFIED")).body("value", equalTo(26));
    }

    @Test
    void resubmissionIsRevisionTwoWithTheNewValuesAndEveryRevisionStaysReadable() {
        Submitted recap = submitted();
        returnFirstRevision(recap);
        TestAgency agency = recap.agency;
        agency.submit(recap.round).statusCode(409).body("context.missing", contains("IKP-01"))
                .body("context.states.IKP-01", equalTo("RETURNED"));
        agency.enter(recap.round, "IKP-01", 26).statusCode(200);
        agency.decide(recap.round, "IKP-01", "VERIFY", null).statusCode(200);

        agency.submit(recap.round).statusCode(201)
                .body("recapId", equalTo(recap.id))
                .body("status", equalTo("SUBMITTED"))
                .body("currentRevision", equalTo(2))
                .body("revisions.revision", contains(1, 2))
                .body("revisions[1].returned", nullValue());

        List<ConsumerRecord<String, String>> published = Events.recordsWithKey(RECAP_SUBMITTED, recap.id, 2);
        assertThat(published, hasSize(2));
        JsonPath second = Events.json(published.get(1).value());
        assertEquals(2, second.getInt("revision"));
        assertEquals(recap.id, second.getString("recapId"));
        assertThat(second.getList("items.find { it.indicatorCode == 'IKP-01' }.realisations.value"), contains(26));

        agency.as("SECRETARY").when().get("/api/collection/recaps/{id}/revisions/1", recap.id)
                .then().statusCode(200)
                .body("content.revision", equalTo(1))
                .body("content.items.find { it.indicatorCode == 'IKP-01' }.realisations[0].value", equalTo(20))
                .body("returned.items[0].reason", equalTo(MISSING_EVIDENCE));
        agency.as("SECRETARY").when().get("/api/collection/recaps/{id}/revisions/2", recap.id)
                .then().statusCode(200)
                .body("content.revision", equalTo(2))
                .body("content.items.find { it.indicatorCode == 'IKP-01' }.realisations[0].value", equalTo(26))
                .body("returned", nullValue());

        // a return of revision 1 arriving now is stale: it is recorded as processed and changes nothing
        String stale = UUID.randomUUID().toString();
        Events.send(RECAP_RETURNED, recap.id, Events.recapReturned(stale, agency, recap.id, recap.round, 1,
                new String[] {"IKU-01", "Terlambat", "COLLECTION"}));
        await().atMost(Duration.ofSeconds(30)).until(() -> Events.processed(dataSource, stale));
        agency.as("SECRETARY").when().get("/api/collection/recaps/{id}", recap.id)
                .then().body("status", equalTo("SUBMITTED")).body("currentRevision", equalTo(2));
        agency.entry(recap.round, "IKU-01").statusCode(200).body("state", equalTo("VERIFIED"));
    }

    @Test
    void everyConsumerDeadLettersThePoisonSetAndIgnoresAStaleRevision() throws Exception {
        Submitted recap = submitted();
        returnFirstRevision(recap);
        TestAgency agency = recap.agency;
        agency.enter(recap.round, "IKP-01", 26).statusCode(200);
        agency.decide(recap.round, "IKP-01", "VERIFY", null).statusCode(200);
        agency.submit(recap.round).statusCode(201).body("currentRevision", equalTo(2));
        String[] item = {"IKP-01", MISSING_EVIDENCE, "COLLECTION"};
        ObjectMapper json = new ObjectMapper();

        ConsumerPoison.of(RECAP_RETURNED).isDeadLetteredOrIgnoredByTheRules(
                json.readTree(Events.recapReturned(UUID.randomUUID().toString(), agency, recap.id, recap.round, 2,
                        item)),
                json.readTree(Events.recapReturned(UUID.randomUUID().toString(), agency, recap.id, recap.round, 1,
                        item)));
        ConsumerPoison.of(RECAP_APPROVED).isDeadLetteredOrIgnoredByTheRules(
                json.readTree(Events.recapApproved(agency, recap.id, recap.round, 2)),
                json.readTree(Events.recapApproved(agency, recap.id, recap.round, 1)));
        ConsumerPoison.of(RECAP_DISPOSED).isDeadLetteredOrIgnoredByTheRules(
                json.readTree(Events.recapDisposed(agency, recap.id, recap.round, 2, "Lanjutkan")),
                json.readTree(Events.recapDisposed(agency, recap.id, recap.round, 1, "Lanjutkan")));
        ConsumerPoison.of(RECAP_ARCHIVED).isDeadLetteredOrIgnoredByTheRules(
                json.readTree(Events.recapArchived(agency, recap.id, recap.round, 2, "ARS-2025-0002")),
                json.readTree(Events.recapArchived(agency, recap.id, recap.round, 1, "ARS-2025-0001")));

        agency.as("SECRETARY").when().get("/api/collection/recaps/{id}", recap.id)
                .then().body("status", equalTo("SUBMITTED")).body("currentRevision", equalTo(2));
        agency.entry(recap.round, "IKP-01").statusCode(200).body("state", equalTo("VERIFIED"));
    }

    @Test
    void aReturnOnlyToMeasurementMayBeResubmittedUnchanged() {
        Submitted recap = submitted();
        TestAgency agency = recap.agency;
        String eventId = UUID.randomUUID().toString();
        Events.send(RECAP_RETURNED, recap.id, Events.recapReturned(eventId, agency, recap.id, recap.round, 1,
                new String[] {"IKK-01", RANGE_FORMULA, "MEASUREMENT"}));
        await().atMost(Duration.ofSeconds(30)).until(() -> Events.processed(dataSource, eventId));

        agency.as("SAKIP_TEAM").when().get("/api/collection/rounds/{round}", recap.round)
                .then().body("status", equalTo("RETURNED")).body("items.state", everyItem(equalTo("VERIFIED")));
        agency.enter(recap.round, "IKK-01", 79).statusCode(409);

        agency.submit(recap.round).statusCode(201).body("currentRevision", equalTo(2));
        JsonPath first = Events.json(Events.recordsWithKey(RECAP_SUBMITTED, recap.id, 1).get(0).value());
        JsonPath second = Events.json(Events.recordsWithKey(RECAP_SUBMITTED, recap.id, 2).get(1).value());
        assertEquals(first.getList("items"), second.getList("items"));
        assertEquals(first.getList("nodes"), second.getList("nodes"));
    }

    @Test
    void approvalLocksEveryEntryForGoodAndTheArchiveSealIsShown() {
        Submitted recap = submitted();
        TestAgency agency = recap.agency;
        Events.send(RECAP_APPROVED, recap.id, Events.recapApproved(agency, recap.id, recap.round, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                agency.as("HEAD").when().get("/api/collection/rounds/{round}/recap", recap.round)
                        .then().body("status", equalTo("APPROVED")));

        agency.as("HEAD").when().get("/api/collection/rounds/{round}", recap.round)
                .then().body("status", equalTo("APPROVED")).body("items.state", everyItem(equalTo("LOCKED")));
        agency.as("HEAD").when().get("/api/collection/rounds/{round}/recap", recap.round)
                .then().body("approval.by", equalTo("secretary@" + agency.code.toLowerCase()))
                .body("approval.note", equalTo("Disetujui"));
        agency.enter(recap.round, "IKP-01", 21).statusCode(409).body("detail", containsString("locked"));
        agency.decide(recap.round, "IKP-01", "SEND_BACK", "Salah").statusCode(409);
        agency.decide(recap.round, "IKP-01", "VERIFY", null).statusCode(409);
        agency.as("SAKIP_TEAM").body("{\"amount\": 10}")
                .when().put("/api/collection/rounds/{round}/budget-realisations/3.30.03", recap.round)
                .then().statusCode(409);
        agency.submit(recap.round).statusCode(409);

        // a late return of the approved revision cannot reopen anything
        String late = UUID.randomUUID().toString();
        Events.send(RECAP_RETURNED, recap.id, Events.recapReturned(late, agency, recap.id, recap.round, 1,
                new String[] {"IKP-01", MISSING_EVIDENCE, "COLLECTION"}));
        await().atMost(Duration.ofSeconds(30)).until(() -> Events.processed(dataSource, late));
        agency.entry(recap.round, "IKP-01").statusCode(200).body("state", equalTo("LOCKED"));

        Events.send(RECAP_ARCHIVED, recap.id, Events.recapArchived(agency, recap.id, recap.round, 1, "ARS-2025-0007"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                agency.as("AUDITOR").when().get("/api/collection/recaps/{id}", recap.id)
                        .then().body("status", equalTo("ARCHIVED"))
                        .body("archive.archiveId", equalTo("ARS-2025-0007"))
                        .body("archive.contentHash", equalTo("ab".repeat(32)))
                        .body("archive.chainPosition", equalTo(7)));
        agency.as("HEAD").when().get("/api/collection/rounds/{round}", recap.round)
                .then().body("status", equalTo("ARCHIVED")).body("items.state", everyItem(equalTo("LOCKED")));
    }

    @Test
    void anEventAboutARecapCollectionNeverSubmittedGoesToTheDeadLetterTopic() {
        Submitted recap = submitted();
        String stranger = UUID.randomUUID().toString();
        String event = Events.recapReturned(UUID.randomUUID().toString(), recap.agency, stranger, recap.round, 1,
                new String[] {"IKP-01", MISSING_EVIDENCE, "COLLECTION"});
        Events.send(RECAP_RETURNED, stranger, event);
        assertThat(Events.TOPICS.await(RECAP_RETURNED + ".dlq", event::equals, 1, Duration.ofSeconds(30)), hasSize(1));
        // and one that names an item the recap does not have
        String unknownItem = Events.recapReturned(UUID.randomUUID().toString(), recap.agency, recap.id, recap.round, 1,
                new String[] {"IKX-99", MISSING_EVIDENCE, "COLLECTION"});
        Events.send(RECAP_RETURNED, recap.id, unknownItem);
        assertThat(Events.TOPICS.await(RECAP_RETURNED + ".dlq", unknownItem::equals, 1, Duration.ofSeconds(30)), hasSize(1));
        recap.agency.entry(recap.round, "IKP-01").statusCode(200).body("state", equalTo("VERIFIED"));
    }

    /** Returns revision 1 with IKP-01 to collection and IKK-01 to measurement; waits until it is applied. */
    private String returnFirstRevision(Submitted recap) {
        String event = Events.recapReturned(UUID.randomUUID().toString(), recap.agency, recap.id, recap.round, 1,
                new String[] {"IKP-01", MISSING_EVIDENCE, "COLLECTION"},
                new String[] {"IKK-01", RANGE_FORMULA, "MEASUREMENT"});
        Events.send(RECAP_RETURNED, recap.id, event);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                recap.agency.entry(recap.round, "IKP-01").body("state", equalTo("RETURNED")));
        return event;
    }

    private static Submitted submitted() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.verifiedFirstQuarter();
        String recapId = agency.submit(round).statusCode(201).extract().path("recapId");
        return new Submitted(agency, round, recapId);
    }

    private record Submitted(TestAgency agency, String round, String id) {
    }
}

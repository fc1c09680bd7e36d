package id.go.kinerja.collection.recap;

import static id.go.kinerja.collection.Events.RECAP_SUBMITTED;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.kinerja.collection.Events;
import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The SAKIP team's recap (SOP A8-A9): refused until complete, published through the outbox when it is. */
@QuarkusTest
class RecapSubmissionTest {

    @Inject
    DataSource dataSource;

    @Test
    void submissionIsRefusedWithTheListOfIndicatorsMissingAVerifiedEntry() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        agency.enterAndVerify(round, "IKU-01", 4.2);
        agency.enter(round, "IKP-01", 20).statusCode(200);

        agency.submit(round).statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("RECAP_INCOMPLETE"))
                .body("detail", equalTo("The realisation of Q1 2025 is incomplete: 2 of 3 indicators have no verified entry yet "
                        + "(IKK-01, IKP-01); the recap cannot be submitted before the cross-check (SOP A7) is done"))
                .body("context.missing", contains("IKK-01", "IKP-01"))
                .body("context.states.IKK-01", equalTo("NOT_ENTERED"))
                .body("context.states.IKP-01", equalTo("ENTERED"));
        agency.as("OPERATOR", "PERDAGANGAN").when().post("/api/collection/rounds/{round}/recap", round)
                .then().statusCode(403);

        agency.as("SAKIP_TEAM").when().get("/api/collection/rounds/{round}/recap", round).then().statusCode(404);
        agency.as("SAKIP_TEAM").when().get("/api/collection/rounds/{round}", round)
                .then().body("status", equalTo("OPEN"));
        assertEquals(0, outboxRowsOf(agency));
    }

    @Test
    void aSubmittedRecapIsPublishedWithTargetsAndRealisationsToDateAndMarkedSent() {
        TestAgency agency = TestAgency.withPlan();
        String first = agency.verifiedFirstQuarter();
        budget(agency, first, "3.30.03", 250000);
        agency.submit(first).statusCode(201);

        String second = agency.openRound(2025, 2);
        agency.enterAndVerify(second, "IKU-01", 6.1);
        agency.enterAndVerify(second, "IKP-01", 30);
        agency.enterAndVerify(second, "IKK-01", 76);
        budget(agency, second, "3.30.03.2.01", 400000);
        String recapId = agency.submit(second).statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("currentRevision", equalTo(1))
                .body("roundId", equalTo(second))
                .body("revisions.revision", contains(1))
                .extract().path("recapId");

        List<ConsumerRecord<String, String>> published = Events.recordsWithKey(RECAP_SUBMITTED, recapId, 1);
        assertThat(published, hasSize(1));
        ConsumerRecord<String, String> record = published.get(0);
        JsonPath event = Events.json(record.value());
        String user = "@" + agency.code.toLowerCase();
        assertEquals("RecapSubmitted", Events.header(record, "event-type"));
        assertEquals(event.getString("eventId"), Events.header(record, "event-id"));
        assertEquals("RecapSubmitted", event.getString("eventType"));
        assertEquals(1, event.getInt("schemaVersion"));
        assertEquals(recapId, event.getString("recapId"));
        assertEquals(1, event.getInt("revision"));
        assertEquals(agency.code, event.getString("agencyCode"));
        assertEquals(Map.of("userId", "sakip_team" + user, "role", "SAKIP_TEAM"), event.getMap("actor"));
        assertEquals("Dinas Uji", event.getString("agencyName"));
        assertEquals(second, event.getString("roundId"));
        assertEquals(2025, event.getInt("year"));
        assertEquals(2, event.getInt("quarter"));

        assertThat(event.getList("items.indicatorCode"), contains("IKK-01", "IKP-01", "IKU-01"));
        String trained = "items.find { it.indicatorCode == 'IKP-01' }.";
        assertEquals("orang", event.getString(trained + "unit"));
        assertEquals("3.30.03", event.getString(trained + "nodeCode"));
        assertEquals("PERDAGANGAN", event.getString(trained + "divisionCode"));
        assertEquals("SUM", event.getString(trained + "periodAggregation"));
        assertThat(event.getList(trained + "targets.quarter"), contains(1, 2, 3, 4));
        assertThat(event.getList(trained + "targets.value"), contains(25, 25, 25, 25));
        assertThat(event.getList(trained + "realisations.quarter"), contains(1, 2));
        assertThat(event.getList(trained + "realisations.value"), contains(20, 30));
        assertThat(event.getList(trained + "realisations.enteredBy"), everyItem(equalTo("operator.perdagangan" + user)));
        assertThat(event.getList(trained + "realisations.verifiedBy"), everyItem(equalTo("division_head.perdagangan" + user)));
        assertThat(event.getList(trained + "realisations.note"), everyItem(equalTo("data IKP-01")));
        assertThat(event.getList(trained + "realisations[0].evidence"), empty());
        assertThat(event.getList("items.find { it.indicatorCode == 'IKU-01' }.realisations.value"), contains(4.2f, 6.1f));
        assertEquals(Map.of("quarter", 1, "min", 70, "max", 80),
                event.getMap("items.find { it.indicatorCode == 'IKK-01' }.targets[0]"));

        assertThat(event.getList("nodes.code"), contains("T1", "S1", "3.30.03", "3.30.03.2.01"));
        assertNull(event.get("nodes[0].parentCode"));
        assertNull(event.get("nodes[1].budgetCeiling"));
        assertEquals(1000000, event.getInt("nodes[2].budgetCeiling"));
        assertEquals(250000, event.getInt("nodes[2].budgetRealised"), "carried over from the first quarter");
        assertEquals(400000, event.getInt("nodes[3].budgetRealised"));

        await().atMost(Duration.ofSeconds(10)).until(() -> Events.count(dataSource,
                "select count(*) from outbox_event where event_id = ?::uuid and sent_at is not null",
                event.getString("eventId")) == 1);

        agency.as("SAKIP_TEAM").when().get("/api/collection/recaps/{id}/revisions/1", recapId)
                .then().statusCode(200)
                .body("eventId", equalTo(event.getString("eventId")))
                .body("content.eventId", equalTo(event.getString("eventId")))
                .body("content.items.find { it.indicatorCode == 'IKP-01' }.realisations.value", contains(20, 30));
        agency.as("SECRETARY").when().get("/api/collection/rounds/{round}/recap", second)
                .then().statusCode(200).body("recapId", equalTo(recapId)).body("status", equalTo("SUBMITTED"));
        agency.as("HEAD").when().get("/api/collection/rounds/{round}", second)
                .then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void afterSubmissionEveryEntryIsReadOnlyUntilTheRecapIsReturned() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.verifiedFirstQuarter();
        agency.submit(round).statusCode(201);

        agency.enter(round, "IKP-01", 21).statusCode(409).body("detail", containsString("awaits review"));
        agency.decide(round, "IKP-01", "SEND_BACK", "Salah").statusCode(409);
        agency.as("SAKIP_TEAM").body("{\"amount\": 10}")
                .when().put("/api/collection/rounds/{round}/budget-realisations/3.30.03", round).then().statusCode(409);
        agency.submit(round).statusCode(409).body("detail", containsString("submitted as revision 1"));
        agency.entry(round, "IKP-01").statusCode(200).body("state", equalTo("VERIFIED")).body("value", equalTo(20));
    }

    /**
     * The outbox property: the event row commits with the state change or not at all. A trigger refuses
     * the outbox row when the transaction commits, after the recap, its revision and the round's new
     * status were all written: nothing of it may remain, and no event may reach the broker.
     */
    @Test
    void aSubmissionThatFailsAtCommitLeavesNeitherStateNorEvent() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.verifiedFirstQuarter();
        String trigger = "refuse_outbox_" + agency.code.toLowerCase();
        Events.execute(dataSource, """
                create or replace function refuse_outbox_for_test() returns trigger language plpgsql as $$
                begin
                    if new.payload like '%"agencyCode":"' || tg_argv[0] || '"%' then
                        raise exception 'the test refuses this commit';
                    end if;
                    return new;
                end $$""");
        Events.execute(dataSource, "create constraint trigger " + trigger + " after insert on outbox_event "
                + "deferrable initially deferred for each row execute function refuse_outbox_for_test('" + agency.code + "')");
        try {
            agency.submit(round).statusCode(500);
        } finally {
            Events.execute(dataSource, "drop trigger " + trigger + " on outbox_event");
        }

        agency.as("SAKIP_TEAM").when().get("/api/collection/rounds/{round}/recap", round).then().statusCode(404);
        agency.as("SAKIP_TEAM").when().get("/api/collection/rounds/{round}", round)
                .then().body("status", equalTo("OPEN")).body("items.state", everyItem(equalTo("VERIFIED")));
        assertEquals(0, outboxRowsOf(agency));
        assertEquals(0, Events.count(dataSource, "select count(*) from recap where agency_code = ?", agency.code));
        assertThat(Events.records(RECAP_SUBMITTED, record -> record.value().contains("\"agencyCode\":\"" + agency.code + "\""),
                1, Duration.ofSeconds(2)), empty());

        // the same submission, once the database lets it commit, goes out
        String recapId = agency.submit(round).statusCode(201).extract().path("recapId");
        assertThat(Events.recordsWithKey(RECAP_SUBMITTED, recapId, 1), hasSize(1));
        assertEquals(1, outboxRowsOf(agency));
    }

    @Test
    void anotherAgencySeesNoneOfTheRecap() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.verifiedFirstQuarter();
        String recapId = agency.submit(round).statusCode(201).extract().path("recapId");
        TestAgency other = new TestAgency();
        other.as("SAKIP_TEAM").when().post("/api/collection/rounds/{round}/recap", round).then().statusCode(404);
        other.as("SECRETARY").when().get("/api/collection/rounds/{round}/recap", round).then().statusCode(404);
        other.as("SECRETARY").when().get("/api/collection/recaps/{id}", recapId).then().statusCode(404);
        other.as("AUDITOR").when().get("/api/collection/recaps/{id}/revisions/1", recapId).then().statusCode(404);
        agency.as("AUDITOR").when().get("/api/collection/recaps/{id}/revisions/2", recapId).then().statusCode(404);
        agency.as("AUDITOR").when().get("/api/collection/recaps/{id}", recapId)
                .then().statusCode(200).body("approval", nullValue()).body("revisions", not(empty()));
    }

    /**
     * An agency with 2,000 indicators (docs/benchmarks.md): the plan loads in one document and is published as the
     * PK, the round opens, and the recap goes out as one event. The entries are verified directly in the
     * database to keep the test short; entering them is covered above.
     */
    @Test
    void aRecapOfTwoThousandIndicatorsReachesTheBroker() {
        TestAgency agency = new TestAgency();
        StringBuilder nodes = new StringBuilder("""
                {"code": "T1", "level": "GOAL", "name": "Tujuan"},
                {"code": "S1", "level": "OBJECTIVE", "name": "Sasaran", "parentCode": "T1"}""");
        StringBuilder indicators = new StringBuilder();
        for (int program = 1; program <= 10; program++) {
            nodes.append(",\n{\"code\": \"3.30.%02d\", \"level\": \"PROGRAM\", \"name\": \"Program %d\", ".formatted(program, program))
                    .append("\"parentCode\": \"S1\", \"budgetCeiling\": 150000000}");
            for (int i = 1; i <= 200; i++) {
                indicators.append(indicators.isEmpty() ? "" : ",\n").append("""
                        {"code": "IK-%02d-%03d", "name": "Indikator kinerja program %d nomor %d", "unit": "%%",
                         "nodeCode": "3.30.%02d", "divisionCode": "PERDAGANGAN", "polarity": "POSITIVE",
                         "valueType": "PERCENT", "frequency": "QUARTERLY", "periodAggregation": "LAST",
                         "targets": [{"quarter": 1, "value": 60}, {"quarter": 2, "value": 70},
                                     {"quarter": 3, "value": 80}, {"quarter": 4, "value": 90}]}"""
                        .formatted(program, i, program, i, program));
            }
        }
        String plan = "{\"divisions\": [{\"code\": \"PERDAGANGAN\", \"name\": \"Bidang Perdagangan\"}], "
                + "\"nodes\": [" + nodes + "], \"indicators\": [" + indicators + "]}";
        agency.as("INTEGRATION").body(plan).when().put("/api/collection/plan/2025")
                .then().statusCode(200).body("indicatorsCreated", equalTo(2000)).body("targets", equalTo(8000));
        agency.publish("PK", 2025, null).statusCode(201);
        String round = agency.openRound(2025, 1);
        Events.execute(dataSource, "update entry set state = 'VERIFIED', value = 61.5, entered_by = 'operator', "
                + "verified_by = 'division_head' where round_id = '" + round + "'");

        String recapId = agency.submit(round).statusCode(201).extract().path("recapId");

        List<ConsumerRecord<String, String>> published = Events.records(RECAP_SUBMITTED,
                record -> recapId.equals(record.key()), 1, Duration.ofSeconds(60));
        assertThat(published, hasSize(1));
        JsonPath event = Events.json(published.get(0).value());
        assertThat(event.getList("items"), hasSize(2000));
        assertThat(event.getList("nodes"), hasSize(12));
        assertEquals(61.5f, event.getFloat("items[1999].realisations[0].value"));
    }

    /** The agency's RecapSubmitted events in the outbox (its plan's PlanPublished are there too). */
    private long outboxRowsOf(TestAgency agency) {
        return Events.count(dataSource, "select count(*) from outbox_event where event_type = 'RecapSubmitted' and payload like ?",
                "%\"agencyCode\":\"" + agency.code + "\"%");
    }

    private static void budget(TestAgency agency, String round, String node, long amount) {
        agency.as("SAKIP_TEAM").body("{\"amount\": " + amount + "}")
                .when().put("/api/collection/rounds/{round}/budget-realisations/{node}", round, node)
                .then().statusCode(200);
    }
}

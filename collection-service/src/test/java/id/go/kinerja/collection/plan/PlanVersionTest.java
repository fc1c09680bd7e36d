package id.go.kinerja.collection.plan;

import static id.go.kinerja.collection.Events.RECAP_SUBMITTED;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.collection.Events;
import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Published plan versions (Renstra, PK, PK Perubahan) and the rounds that keep the version they were opened on. */
@QuarkusTest
class PlanVersionTest {

    private static final String VERSIONS = "/api/collection/plan/versions";
    private static final String TRAINED = "items.find { it.indicatorCode == 'IKP-01' }.";

    @Inject
    DataSource dataSource;

    @Test
    void publishingTellsMeasurementThePlanThroughTheOutbox() throws SQLException {
        TestAgency agency = TestAgency.withPlan();
        String pk = agency.publish("PK_PERUBAHAN", 2025, "Refocusing anggaran").statusCode(201).extract().path("supersedes");

        JsonPath event;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select topic, message_key, payload from outbox_event "
                     + "where event_type = 'PlanPublished' and payload like ? order by sequence")) {
            select.setString(1, "%\"agencyCode\":\"" + agency.code + "\"%");
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next(), "no PlanPublished of the PK in the outbox");
                assertEquals("kinerja.collection.plan-published", rows.getString("topic"));
                assertEquals(PlanPublished.keyOf(agency.code).toString(), rows.getString("message_key"));
                event = new JsonPath(rows.getString("payload"));
                assertTrue(rows.next(), "the PK Perubahan is published too, after the PK");
            }
        }
        assertEquals(pk, event.getString("planVersion.id"));
        assertEquals("PK", event.getString("planVersion.kind"));
        assertNull(event.get("recapId"));
        assertEquals(1, event.getInt("revision"));
        assertThat(event.getList("indicators.indicatorCode"), contains("IKK-01", "IKP-01", "IKU-01", "IKU-02"));
        assertEquals("ACTIVITY", event.getString("indicators.find { it.indicatorCode == 'IKK-01' }.level"));
        assertEquals(2025, event.getInt("indicators.find { it.indicatorCode == 'IKU-02' }.targets[0].year"));
        assertEquals("BB", event.getString("indicators.find { it.indicatorCode == 'IKU-02' }.targets[0].targets[0].grade"));
    }

    @Test
    void eachKindIsPublishedNumberedAndReadableAsAPlanDocument() {
        TestAgency agency = TestAgency.withPlan();
        String pk = agency.publish("PK_PERUBAHAN", 2025, "Refocusing anggaran").statusCode(201).extract().path("supersedes");
        agency.as("ADMIN").body("""
                {"kind": "PK_PERUBAHAN", "year": 2025, "documentNumber": "800/77/2025", "signedOn": "2025-07-01",
                 "reason": "Penyesuaian target semester II"}""")
                .when().post(VERSIONS)
                .then().statusCode(201)
                .body("kind", equalTo("PK_PERUBAHAN"))
                .body("number", equalTo(2))
                .body("documentNumber", equalTo("800/77/2025"))
                .body("signedOn", equalTo("2025-07-01"))
                .body("reason", equalTo("Penyesuaian target semester II"))
                .body("publishedBy", equalTo("admin@" + agency.code.toLowerCase()))
                .body("publishedAt", notNullValue());
        String renstra = agency.as("INTEGRATION").body("{\"kind\": \"RENSTRA\", \"year\": 2025, \"yearTo\": 2029}")
                .when().post(VERSIONS)
                .then().statusCode(201).body("yearFrom", equalTo(2025)).body("yearTo", equalTo(2029))
                .body("number", equalTo(1)).body("supersedes", nullValue())
                .extract().path("id");

        agency.as("OPERATOR", "PERDAGANGAN").when().get(VERSIONS + "?year=2027")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(renstra));
        agency.as("AUDITOR").when().get(VERSIONS + "?year=2025&kind=PK")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(pk)).body("items[0].number", equalTo(1));
        agency.as("AUDITOR").when().get(VERSIONS + "?year=2025")
                .then().statusCode(200).body("total", equalTo(4))
                .body("items.kind", contains("RENSTRA", "PK_PERUBAHAN", "PK_PERUBAHAN", "PK"));

        agency.as("AUDITOR").queryParam("action", "PlanVersionPublished").queryParam("target", "plan/versions/" + renstra)
                .when().get("/api/collection/audit")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].after.kind", equalTo("RENSTRA"));

        agency.as("HEAD").when().get(VERSIONS + "/{id}", pk)
                .then().statusCode(200)
                .body("version.kind", equalTo("PK"))
                .body("plan.agencyName", equalTo("Dinas Uji"))
                .body("plan.year", equalTo(2025))
                .body("plan.divisions.code", contains("METROLOGI", "PERDAGANGAN"))
                .body("plan.nodes.find { it.code == '3.30.03.2.01' }.parentCode", equalTo("3.30.03"))
                .body("plan.nodes.find { it.code == '3.30.03.2.01' }.budgetCeiling", equalTo(600000))
                .body("plan.indicators.code", contains("IKK-01", "IKP-01", "IKU-01", "IKU-02"))
                .body("plan.indicators.find { it.code == 'IKK-01' }.targets[0].min", equalTo(70))
                .body("plan.indicators.find { it.code == 'IKU-02' }.targets[0].grade", equalTo("BB"));
        agency.as("HEAD").when().get(VERSIONS + "/{id}/tree", pk)
                .then().statusCode(200)
                .body("tree.goals.code", contains("T1", "T9"))
                .body("tree.goals[0].children[0].children[0].budgetCeiling", equalTo(1000000))
                .body("tree.goals[0].children[0].indicators.code", contains("IKU-01", "IKU-02"));
        agency.as("HEAD").when().get(VERSIONS + "/{id}?year=2028", renstra)
                .then().statusCode(200).body("plan.year", equalTo(2028))
                .body("plan.indicators[0].targets", empty());
        agency.as("HEAD").when().get(VERSIONS + "/{id}?year=2026", pk)
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void aRevisionChangesTheTargetsOfLaterRoundsOnlyAndTheHistoryShowsBoth() {
        TestAgency agency = TestAgency.withPlan();
        String first = agency.verifiedFirstQuarter();
        agency.as("ADMIN").body("{\"targets\": [{\"quarter\": 1, \"value\": 10}, {\"quarter\": 2, \"value\": 15}, "
                        + "{\"quarter\": 3, \"value\": 20}, {\"quarter\": 4, \"value\": 25}]}")
                .header("If-Match", agency.etag("/api/collection/plan/indicators/IKP-01"))
                .when().put("/api/collection/plan/indicators/IKP-01/targets/2025").then().statusCode(200);
        agency.as("ADMIN").body("{\"amount\": 2000000}").header("If-Match", agency.etag("/api/collection/plan/nodes/3.30.03"))
                .when().put("/api/collection/plan/nodes/3.30.03/budget-ceilings/2025").then().statusCode(200);
        String revision = agency.publish("PK_PERUBAHAN", 2025, "Refocusing anggaran: pelatihan dikurangi")
                .statusCode(201).extract().path("id");

        agency.as("HEAD").when().get("/api/collection/rounds/{id}", first)
                .then().statusCode(200)
                .body("planVersion.kind", equalTo("PK"))
                .body("planVersion.number", equalTo(1))
                .body(TRAINED + "target.value", equalTo(25));
        agency.entry(first, "IKP-01").statusCode(200).body("target.value", equalTo(25));
        // the live plan renames the indicator, changes its unit and moves it to another division: the round keeps
        // what its version holds, and the division the version gives it still enters and verifies it
        String live = agency.as("ADMIN").when().get("/api/collection/plan/2025").then().statusCode(200).extract().asString();
        agency.as("ADMIN").body(live.replace("\"Jumlah pelaku usaha yang mengikuti pelatihan\",\"unit\":\"orang\","
                        + "\"nodeCode\":\"3.30.03\",\"divisionCode\":\"PERDAGANGAN\"", "\"Jumlah pelaku usaha terlatih\","
                        + "\"unit\":\"pelaku usaha\",\"nodeCode\":\"3.30.03\",\"divisionCode\":\"METROLOGI\""))
                .when().put("/api/collection/plan/2025").then().statusCode(200);
        agency.as("ADMIN").when().get("/api/collection/plan/indicators/IKP-01")
                .then().statusCode(200).body("name", equalTo("Jumlah pelaku usaha terlatih")).body("unit", equalTo("pelaku usaha"))
                .body("divisionCode", equalTo("METROLOGI"));
        agency.entry(first, "IKP-01").statusCode(200)
                .body("indicatorName", equalTo("Jumlah pelaku usaha yang mengikuti pelatihan"))
                .body("unit", equalTo("orang"))
                .body("divisionCode", equalTo("PERDAGANGAN"));
        agency.as("HEAD").when().get("/api/collection/rounds/{id}", first)
                .then().statusCode(200).body(TRAINED + "indicatorName", equalTo("Jumlah pelaku usaha yang mengikuti pelatihan"));
        agency.as("OPERATOR", "PERDAGANGAN").when().get("/api/collection/rounds/{round}/entries/IKP-01", first)
                .then().statusCode(200);
        agency.as("OPERATOR", "METROLOGI").when().get("/api/collection/rounds/{round}/entries/IKP-01", first)
                .then().statusCode(403);
        agency.as("OPERATOR", "PERDAGANGAN").when().get("/api/collection/rounds/{id}", first)
                .then().statusCode(200).body("items.indicatorCode", hasItem("IKP-01"));
        agency.as("SAKIP_TEAM").body("{\"amount\": 1500000}")
                .when().put("/api/collection/rounds/{round}/budget-realisations/{node}", first, "3.30.03")
                .then().statusCode(400).body("errors[0].field", equalTo("justification"));
        agency.as("SAKIP_TEAM").body("{\"amount\": 900000}")
                .when().put("/api/collection/rounds/{round}/budget-realisations/{node}", first, "3.30.03")
                .then().statusCode(200).body("budgetCeiling", equalTo(1000000));
        String recapId = agency.submit(first).statusCode(201).extract().path("recapId");
        JsonPath event = Events.json(Events.recordsWithKey(RECAP_SUBMITTED, recapId, 1).get(0).value());
        assertEquals(1, event.getInt("schemaVersion"));
        assertEquals("PK", event.getString("planVersion.kind"));
        assertThat(event.getList(TRAINED + "targets.value"), contains(25, 25, 25, 25));
        assertEquals(1000000, event.getInt("nodes.find { it.code == '3.30.03' }.budgetCeiling"));

        String second = agency.openRound(2025, 2);
        agency.as("HEAD").when().get("/api/collection/rounds/{id}", second)
                .then().statusCode(200)
                .body("planVersion.id", equalTo(revision))
                .body("planVersion.kind", equalTo("PK_PERUBAHAN"))
                .body(TRAINED + "target.value", equalTo(15));
        agency.entry(second, "IKP-01").statusCode(200).body("target.value", equalTo(15));
        // the live plan makes IKP-01 a graded indicator: the open round still takes the number its version asks for
        String current = agency.as("ADMIN").when().get("/api/collection/plan/2025").then().statusCode(200).extract().asString();
        agency.as("ADMIN").body(current.replace("\"valueType\":\"NUMBER\",\"frequency\":\"QUARTERLY\",\"periodAggregation\":"
                        + "\"SUM\",\"targets\":[{\"quarter\":1,\"value\":10},{\"quarter\":2,\"value\":15},{\"quarter\":3,"
                        + "\"value\":20},{\"quarter\":4,\"value\":25}]", "\"valueType\":\"PREDICATE\",\"frequency\":"
                        + "\"QUARTERLY\",\"periodAggregation\":\"LAST\",\"targets\":[{\"quarter\":1,\"grade\":\"B\"},"
                        + "{\"quarter\":2,\"grade\":\"B\"},{\"quarter\":3,\"grade\":\"BB\"},{\"quarter\":4,\"grade\":\"BB\"}]"))
                .when().put("/api/collection/plan/2025").then().statusCode(200);
        agency.as("ADMIN").when().get("/api/collection/plan/indicators/IKP-01")
                .then().statusCode(200).body("valueType", equalTo("PREDICATE"));
        agency.enter(second, "IKP-01", "{\"grade\": \"B\"}").statusCode(400).body("errors[0].field", equalTo("value"));
        agency.enter(second, "IKP-01", 12).statusCode(200).body("value", equalTo(12)).body("valueType", equalTo("NUMBER"));

        agency.as("OPERATOR", "PERDAGANGAN").when().get("/api/collection/plan/indicators/IKP-01/target-history?year=2025")
                .then().statusCode(200)
                .body("indicatorCode", equalTo("IKP-01"))
                .body("versions.version.kind", contains("PK", "PK_PERUBAHAN"))
                .body("versions[1].version.reason", equalTo("Refocusing anggaran: pelatihan dikurangi"))
                .body("versions[0].targets[0].year", equalTo(2025))
                .body("versions[0].targets[0].targets.value", contains(25, 25, 25, 25))
                .body("versions[1].targets[0].targets.value", contains(10, 15, 20, 25));
        agency.as("OPERATOR", "PERDAGANGAN").when().get("/api/collection/plan/indicators/IKP-01/target-history?year=2024")
                .then().statusCode(200).body("versions", empty());
    }

    @Test
    void aRoundOpenedBeforeVersionsExistedReadsTheLivePlan() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        Events.execute(dataSource, "update collection_round set plan_version_id = null where id = '" + round + "'");
        agency.as("ADMIN").body("{\"targets\": [{\"quarter\": 1, \"value\": 30}, {\"quarter\": 2, \"value\": 30}, "
                        + "{\"quarter\": 3, \"value\": 30}, {\"quarter\": 4, \"value\": 30}]}")
                .header("If-Match", agency.etag("/api/collection/plan/indicators/IKP-01"))
                .when().put("/api/collection/plan/indicators/IKP-01/targets/2025").then().statusCode(200);

        agency.as("HEAD").when().get("/api/collection/rounds/{id}", round)
                .then().statusCode(200)
                .body("planVersion", nullValue())
                .body(TRAINED + "target.value", equalTo(30));
        agency.entry(round, "IKP-01").statusCode(200).body("target.value", equalTo(30));
    }

    @Test
    void publishingIsRefusedWithoutAPlanAgreementOrReasonAndRoundsNeedTheAgreement() {
        TestAgency agency = new TestAgency();
        agency.publish("PK", 2025, null).statusCode(409)
                .body("detail", equalTo("The plan of 2025 has no indicator with targets: load the plan and its "
                        + "targets before publishing it as PK"));
        agency.as("ADMIN").body(TestAgency.PLAN).when().put("/api/collection/plan/2025").then().statusCode(200);
        agency.as("HEAD").body(TestAgency.newRound(2025, 1)).when().post("/api/collection/rounds")
                .then().statusCode(409)
                .body("detail", containsString("publish the performance agreement (PK) of 2025 first"));
        agency.publish("PK_PERUBAHAN", 2025, "Perubahan").statusCode(409)
                .body("detail", equalTo("No performance agreement (PK) of 2025 is published: publish the PK of 2025 "
                        + "before revising it"));
        agency.as("OPERATOR", "PERDAGANGAN").body("{\"kind\": \"PK\", \"year\": 2025}")
                .when().post(VERSIONS).then().statusCode(403);
        agency.as("SECRETARY").body("{\"kind\": \"PK\", \"year\": 2025}")
                .when().post(VERSIONS).then().statusCode(403);
        agency.as("SAKIP_TEAM").body("{\"kind\": \"RENSTRA\", \"year\": 2025}")
                .when().post(VERSIONS).then().statusCode(400).body("errors[0].field", equalTo("yearTo"));

        agency.as("SAKIP_TEAM").body("{\"kind\": \"PK\", \"year\": 2025, \"documentNumber\": \"800/12/2025\"}")
                .when().post(VERSIONS).then().statusCode(201);
        agency.publish("PK", 2025, null).statusCode(409)
                .body("detail", equalTo("The performance agreement (PK) of 2025 is published already (nomor "
                        + "800/12/2025): publish a PK_PERUBAHAN to revise it"));
        agency.publish("PK_PERUBAHAN", 2025, " ").statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        agency.as("SAKIP_TEAM").body("{\"kind\": \"RENSTRA\", \"year\": 2024, \"yearTo\": 2028}")
                .when().post(VERSIONS).then().statusCode(201);
        agency.as("SAKIP_TEAM").body("{\"kind\": \"RENSTRA\", \"year\": 2025, \"yearTo\": 2029}")
                .when().post(VERSIONS).then().statusCode(409).body("detail", containsString("overlaps"));
        agency.as("AUDITOR").when().get(VERSIONS).then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void anotherAgencysVersionsDoNotExistForTheCaller() {
        TestAgency owner = TestAgency.withPlan();
        String pk = owner.as("AUDITOR").when().get(VERSIONS).then().statusCode(200).extract().path("items[0].id");
        TestAgency other = new TestAgency();
        other.as("ADMIN").when().get(VERSIONS + "/{id}", pk).then().statusCode(404);
        other.as("ADMIN").when().get(VERSIONS + "/{id}/tree", pk).then().statusCode(404);
        other.as("ADMIN").when().get(VERSIONS).then().statusCode(200).body("items", empty());
        other.as("ADMIN").when().get("/api/collection/plan/indicators/IKP-01/target-history").then().statusCode(404);
        owner.as("ADMIN").when().get("/api/collection/plan/indicators/IKP-01/target-history")
                .then().statusCode(200).body("versions", hasSize(1));
    }

    @Test
    void theDatabaseRefusesToChangeAPublishedVersionOrLinkItToWhatItDoesNotHold() {
        TestAgency agency = TestAgency.withPlan();
        String pk = agency.as("AUDITOR").when().get(VERSIONS).then().statusCode(200).extract().path("items[0].id");

        for (String change : new String[] {
                "update plan_version_target set value = 99 where version_id = '" + pk + "'",
                "delete from plan_version_indicator where version_id = '" + pk + "'",
                "update plan_version set reason = 'backdated' where id = '" + pk + "'"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Events.execute(dataSource, change));
            assertThat(change, refused.getCause().getMessage(), containsString("is immutable"));
        }
        agency.as("AUDITOR").when().get("/api/collection/plan/indicators/IKP-01/target-history")
                .then().body("versions[0].targets[0].targets.value", contains(25, 25, 25, 25));

        IllegalStateException orphan = assertThrows(IllegalStateException.class, () -> Events.execute(dataSource, """
                insert into plan_version_indicator (version_id, code, name, unit, node_code, division_code, polarity,
                    value_type, frequency, period_aggregation)
                values ('%s', 'IKX-01', 'Yatim', 'orang', 'NO-SUCH-NODE', 'PERDAGANGAN', 'POSITIVE', 'NUMBER',
                    'QUARTERLY', 'SUM')""".formatted(pk)));
        assertThat(orphan.getCause().getMessage(), containsString("plan_version_indicator_version_id_node_code_fkey"));
        IllegalStateException stray = assertThrows(IllegalStateException.class, () -> Events.execute(dataSource, """
                insert into plan_version_target (version_id, indicator_code, year, quarter, value)
                values ('%s', 'NO-SUCH-INDICATOR', 2025, 1, 1)""".formatted(pk)));
        assertThat(stray.getCause().getMessage(), containsString("plan_version_target_version_id_indicator_code_fkey"));
    }
}

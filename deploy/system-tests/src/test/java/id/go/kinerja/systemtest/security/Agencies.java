package id.go.kinerja.systemtest.security;

import static id.go.kinerja.systemtest.SystemUnderTest.Service.COLLECTION;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.MEASUREMENT;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.infrastructure.FormulaPayloads;
import id.go.kinerja.systemtest.SopSteps;
import id.go.kinerja.systemtest.SystemUnderTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The two agencies the suite attacks and attacks from, set up through the SOP as their people would:
 *
 * <ul>
 *   <li>agency A runs the demo plan the collection service ships, with spreadsheet formulas in every text its
 *       people type (indicator names and units, division and plan node names, notes, the review's reason and
 *       note, the disposition), through a return and revision 2 to the archive (Q1); then opens Q2, where every
 *       entry is entered and one carries evidence, for the division checks;</li>
 *   <li>agency B loads the same demo plan, so every code of A exists in B too: only the ids tell them apart.</li>
 * </ul>
 */
final class Agencies {

    static final String A = "KEAMANAN";
    static final String B = "PENYERANG";
    static final int YEAR = 2025;
    /** The division the division-bound tokens of the checks belong to. */
    static final String OWN_DIVISION = "PERDAGANGAN";
    /** Another division of A, whose data those tokens must not reach. */
    static final String OTHER_DIVISION = "METROLOGI";
    /** An indicator of {@link #OTHER_DIVISION} with a target in every quarter. */
    static final String OTHER_INDICATOR = "IKU-04";
    /** An indicator of {@link #OWN_DIVISION} with a target in every quarter. */
    static final String OWN_INDICATOR = "IKP-02";

    private static final String DEMO_PLAN = "collection-service/src/main/resources/demo/disdagtrans-2025.json";

    /** A's resources of the archived Q1 round (exports) and of the open Q2 round (division checks). */
    final Resources archived;
    final Resources open;
    /** Every indicator and division code of the demo plan: what a division-bound caller may or may not see. */
    final List<String> planCodes;
    /** A's Q2 collection worksheet as the service writes it: the body of the worksheet upload. */
    final byte[] worksheetCsv;

    private Agencies(Resources archived, Resources open, List<String> planCodes, byte[] worksheetCsv) {
        this.archived = archived;
        this.open = open;
        this.planCodes = planCodes;
        this.worksheetCsv = worksheetCsv;
    }

    static Agencies setUp(SystemUnderTest.Running system) {
        JsonNode demo = demoPlan(system);
        SopSteps b = new SopSteps(system, B, YEAR, 1);
        b.adminLoadsThePlan(planOf(demo, B, false));
        b.teamPublishesThePerformanceAgreement();

        SopSteps a = new SopSteps(system, A, YEAR, 1);
        a.adminLoadsThePlan(planOf(demo, A, true));
        a.teamPublishesThePerformanceAgreement();
        UUID round = a.headOrdersTheCollection();
        List<Map<String, Object>> items = a.itemsOf(round);
        a.secretaryAndTeamPrepareTheCollection(round, items);
        a.headSecretaryAndTeamPrepareTheMeasurement();
        List<String> codes = SopSteps.codesOf(items);
        a.operatorsEnterRealisations(round, items,
                item -> SopSteps.onTarget(item, FormulaPayloads.payload(codes.indexOf(item.get("indicatorCode")))));
        a.divisionHeadsVerify(round, items);
        UUID recap = a.teamSubmitsTheRecap(round, 1);
        a.awaitInTheSecretarysInbox(recap, 1);

        a.secretaryDecides(recap, 1, codes.stream().map(code -> code.equals(OWN_INDICATOR)
                ? Map.<String, Object>of("indicatorCode", code, "decision", "RETURNED",
                        "reason", FormulaPayloads.payload(1), "returnTo", "COLLECTION")
                : Map.<String, Object>of("indicatorCode", code, "decision", "ACCEPTED")).toList());
        a.secretaryReturns(recap, 1, FormulaPayloads.payload(2));
        String operator = a.token("OPERATOR", OWN_DIVISION);
        a.eventually("collection reopens " + OWN_INDICATOR, () -> "RETURNED".equals(a.as(operator, COLLECTION)
                .get("/api/collection/rounds/{round}/entries/{code}", round, OWN_INDICATOR)
                .then().statusCode(200).extract().path("state")));
        Map<String, Object> returned = items.stream().filter(item -> item.get("indicatorCode").equals(OWN_INDICATOR))
                .findFirst().orElseThrow();
        a.operatorsEnterRealisations(round, List.of(returned), item -> SopSteps.onTarget(item, FormulaPayloads.payload(3)));
        a.divisionHeadsVerify(round, List.of(returned));
        a.teamSubmitsTheRecap(round, 2);
        a.awaitInTheSecretarysInbox(recap, 2);
        a.secretaryAcceptsEverythingAndApproves(recap, 2, codes, FormulaPayloads.payload(4));
        a.headRecordsTheDisposition(recap, FormulaPayloads.payload(0));
        String archiveId = a.awaitTheArchive(recap);

        SopSteps q2 = a.quarter(2);
        UUID openRound = q2.headOrdersTheCollection();
        List<Map<String, Object>> openItems = q2.itemsOf(openRound);
        q2.secretaryAndTeamPrepareTheCollection(openRound, openItems);
        q2.operatorsEnterRealisations(openRound, openItems, item -> SopSteps.onTarget(item, "Sesuai laporan bidang"));
        String evidenceId = a.as(a.token("OPERATOR", OTHER_DIVISION), COLLECTION)
                .contentType(Requests.multipartType())
                .body(Requests.multipart("file", "bukti.pdf", Requests.PDF))
                .post("/api/collection/rounds/{round}/entries/{code}/evidence", openRound, OTHER_INDICATOR)
                .then().statusCode(201).extract().path("id");
        String planVersionId = a.as(a.token("SAKIP_TEAM"), COLLECTION).get("/api/collection/plan/versions")
                .then().statusCode(200).extract().path("items[0].id");
        String scaleId = a.as(a.token("ADMIN"), MEASUREMENT)
                .body(Map.of("name", "SKALA_UJI", "effectiveFrom", "2030-01-01", "bands", List.of(
                        Map.of("name", "RENDAH", "upperBound", 50), Map.of("name", "TINGGI", "lowerBound", 50))))
                .post("/api/measurement/predicate-scales")
                .then().statusCode(201).body("agencyCode", equalTo(A)).extract().path("id");
        byte[] worksheet = a.as(a.token("INTEGRATION"), COLLECTION).accept("text/csv").queryParam("format", "csv")
                .get("/api/collection/rounds/{round}/worksheet", openRound)
                .then().statusCode(200).extract().asByteArray();

        Resources archived = new Resources(A, YEAR, 1, round.toString(), recap.toString(), archiveId, planVersionId,
                scaleId, "S1", OTHER_DIVISION, OTHER_INDICATOR, evidenceId);
        return new Agencies(archived, archived.inRound(openRound.toString(), 2), planCodes(demo), worksheet);
    }

    /** The demo plan for the given agency; with formulas, every indicator, node and division name is one. */
    private static String planOf(JsonNode demo, String agency, boolean formulas) {
        ObjectNode plan = demo.deepCopy();
        plan.put("agencyCode", agency);
        if (formulas) {
            int next = 0;
            for (String list : List.of("divisions", "nodes", "indicators")) {
                for (JsonNode element : plan.get(list)) {
                    ((ObjectNode) element).put("name", FormulaPayloads.payload(next++));
                    if (element.has("unit") && !List.of("%", "predikat").contains(element.get("unit").asText())) {
                        ((ObjectNode) element).put("unit", FormulaPayloads.payload(next++));
                    }
                }
            }
        }
        return new String(ApiCatalogue.write(plan), StandardCharsets.UTF_8);
    }

    private static List<String> planCodes(JsonNode demo) {
        List<String> codes = new ArrayList<>();
        demo.get("divisions").forEach(division -> codes.add(division.get("code").asText()));
        demo.get("indicators").forEach(indicator -> codes.add(indicator.get("code").asText()));
        return List.copyOf(codes);
    }

    private static JsonNode demoPlan(SystemUnderTest.Running system) {
        try {
            return ApiCatalogue.parse(Files.readAllBytes(system.projectFile(DEMO_PLAN)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

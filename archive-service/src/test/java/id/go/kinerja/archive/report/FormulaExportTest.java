package id.go.kinerja.archive.report;

import static id.go.kinerja.archive.Disposals.archive;
import static id.go.kinerja.archive.Disposals.newRecap;
import static id.go.kinerja.archive.Disposals.token;
import static id.go.kinerja.archive.Disposals.uniqueAgency;
import static id.go.kinerja.infrastructure.FormulaPayloads.payload;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.archive.Disposals.Disposal;
import id.go.kinerja.archive.seal.CanonicalJson;
import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.infrastructure.FormulaPayloads;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: text a user typed anywhere upstream (indicator and node names, units, notes, the reviewers' reasons, the
 * Head's disposition) reaches the archive's CSV files, and the Inspektorat's regency-wide one gathers every agency's.
 * None of it may run as a formula in the spreadsheet that opens them; the figures stay numbers.
 */
@QuarkusTest
class FormulaExportTest {

    /** Fields a person types, by name, wherever they occur in the disposed recap. */
    private static final List<String> TYPED = List.of("agencyName", "indicatorName", "unit", "name", "note", "reason",
            "text", "reportNumber");

    @Test
    void typedFormulasAreInertInBothReportsAndTheRegencyExportAndTheFiguresStayNumbers() throws IOException {
        String agency = uniqueAgency("formula");
        int year = 2190 + Math.floorMod(agency.hashCode(), 9);
        UUID archiveId = archive(withFormulas(newRecap(agency).inPeriod(year, 1)));

        for (String type : List.of("collection", "measurement")) {
            List<List<String>> rows = parse(given().auth().oauth2(token(Roles.AUDITOR, agency))
                    .queryParam("type", type).queryParam("format", "csv")
                    .get("/api/archive/records/{id}/report", archiveId)
                    .then().statusCode(200).extract().asByteArray());
            expectInertTextAndNumericFigures(type + " report", rows);
        }
        List<List<String>> regency = parse(given().auth().oauth2(DevTokens.mint(Roles.REGENCY_AUDITOR, "INSPEKTORAT"))
                .queryParam("year", year).queryParam("quarter", 1).queryParam("type", "collection")
                .queryParam("format", "csv")
                .get("/api/archive/regency/results")
                .then().statusCode(200).extract().asByteArray());
        expectInertTextAndNumericFigures("regency export", regency);
    }

    private static void expectInertTextAndNumericFigures(String file, List<List<String>> rows) {
        FormulaPayloads.assertNoCellIsAFormula(rows);
        assertTrue(FormulaPayloads.ALL.stream().anyMatch(p -> FormulaPayloads.containsNeutralised(rows, p)),
                file + " keeps the typed text, neutralised");
        List<String> header = rows.stream().filter(row -> row.contains("Realisasi")).findFirst().orElseThrow();
        int realisation = header.indexOf("Realisasi");
        List<String> figures = rows.subList(rows.indexOf(header) + 1, rows.size()).stream()
                .takeWhile(row -> row.size() == header.size())
                .map(row -> row.get(realisation)).filter(cell -> !cell.isEmpty()).toList();
        assertTrue(!figures.isEmpty() && figures.stream().allMatch(cell -> cell.matches("-?\\d+(,\\d+)?")),
                file + ": realisations are plain numbers " + figures);
    }

    /** The recap with a formula payload in every field a person types (a different one field after field). */
    private static Disposal withFormulas(Disposal disposal) {
        JsonNode document = CanonicalJson.parse(disposal.json());
        AtomicInteger next = new AtomicInteger();
        replaceTyped(document, field -> payload(next.getAndIncrement()));
        assertTrue(next.get() >= FormulaPayloads.ALL.size(), "every payload is used");
        return new Disposal(disposal.eventId(), disposal.recapId(), disposal.agency(), disposal.revision(),
                document.toString());
    }

    private static void replaceTyped(JsonNode node, Function<String, String> payload) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isTextual() && TYPED.contains(field.getKey())) {
                    object.put(field.getKey(), payload.apply(field.getKey()));
                } else {
                    replaceTyped(field.getValue(), payload);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> replaceTyped(element, payload));
        }
    }

    private static List<List<String>> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "byte-order mark");
        return CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
                .getRecords().stream().map(CSVRecord::toList).toList();
    }
}

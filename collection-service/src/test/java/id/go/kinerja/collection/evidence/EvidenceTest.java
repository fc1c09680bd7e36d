package id.go.kinerja.collection.evidence;

import static id.go.kinerja.collection.Events.RECAP_SUBMITTED;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.collection.Events;
import id.go.kinerja.collection.TestAgency;
import id.go.kinerja.infrastructure.ZipBombs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Evidence (bukti dukung): attached by the division's operator, recognised by content, frozen with the recap. */
@QuarkusTest
public class EvidenceTest {

    private static final String EVIDENCE = "/api/collection/rounds/{round}/entries/{code}/evidence";

    public static final byte[] PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};

    @Test
    void anOperatorAttachesPdfPngAndXlsxAndTheReadersDownloadTheSameBytes() throws IOException {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        byte[] xlsx = workbook();

        attach(agency, round, "IKU-01", "daftar-hadir-pelatihan.pdf", PDF).statusCode(201)
                .header("Location", containsString("/evidence/"))
                .body("filename", equalTo("daftar-hadir-pelatihan.pdf"))
                .body("contentType", equalTo("application/pdf"))
                .body("size", equalTo(PDF.length))
                .body("sha256", equalTo(sha256(PDF)))
                .body("uploadedBy", equalTo("operator.perdagangan@" + agency.code.toLowerCase()));
        attach(agency, round, "IKU-01", "foto kegiatan.png", PNG).statusCode(201)
                .body("contentType", equalTo("image/png"));
        attach(agency, round, "IKU-01", "rekap-harga.xlsx", xlsx).statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body("sha256", equalTo(sha256(xlsx)));

        List<Map<String, Object>> listed = list(agency, "SAKIP_TEAM", null, round, "IKU-01").statusCode(200)
                .body("filename", contains("daftar-hadir-pelatihan.pdf", "foto kegiatan.png", "rekap-harga.xlsx"))
                .extract().jsonPath().getList("$");
        Map<String, byte[]> expected = Map.of("daftar-hadir-pelatihan.pdf", PDF, "foto kegiatan.png", PNG,
                "rekap-harga.xlsx", xlsx);
        for (String[] reader : new String[][] {{"SAKIP_TEAM", null}, {"AUDITOR", null}, {"HEAD", null},
                {"SECRETARY", null}, {"DIVISION_HEAD", "PERDAGANGAN"}, {"OPERATOR", "PERDAGANGAN"}}) {
            for (Map<String, Object> item : listed) {
                String filename = (String) item.get("filename");
                byte[] body = as(agency, reader[0], reader[1])
                        .when().get(EVIDENCE + "/{id}", round, "IKU-01", item.get("id"))
                        .then().statusCode(200)
                        .contentType(equalTo(item.get("contentType")))
                        .header("Content-Disposition", startsWith("attachment; filename=\"" + filename + "\""))
                        .header("X-Content-SHA256", equalTo(item.get("sha256")))
                        .extract().asByteArray();
                assertArrayEquals(expected.get(filename), body, reader[0] + " downloads " + filename);
                assertEquals(sha256(body), item.get("sha256"));
            }
        }

        given().auth().oauth2(agency.token("AUDITOR"))
                .queryParam("action", "EvidenceAttached").queryParam("target", "round/" + round)
                .when().get("/api/collection/audit")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.after.filename", org.hamcrest.Matchers.hasItem("rekap-harga.xlsx"));
    }

    @Test
    void theTypeIsReadFromTheContentNotFromTheName() throws IOException {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);

        attach(agency, round, "IKK-01", "laporan.pdf", PNG).statusCode(201)
                .body("filename", equalTo("laporan.pdf"))
                .body("contentType", equalTo("image/png"));

        byte[] exe = "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        attach(agency, round, "IKK-01", "laporan.pdf", exe).statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("a Windows executable"))
                .body("detail", containsString("PDF, PNG, JPEG, XLSX or DOCX"));
        attach(agency, round, "IKK-01", "laporan.pdf", zip("data.csv", "a;b\n1;2\n")).statusCode(415)
                .body("detail", containsString("neither XLSX nor DOCX"));
        attach(agency, round, "IKK-01", "laporan.pdf", "just some text, not a PDF".getBytes(StandardCharsets.UTF_8))
                .statusCode(415)
                .body("detail", containsString("not a recognised document or image"));
        attach(agency, round, "IKK-01", "kosong.pdf", new byte[0]).statusCode(400);

        list(agency, "OPERATOR", "METROLOGI", round, "IKK-01").statusCode(200)
                .body("contentType", contains("image/png"));
    }

    @Test
    void aFileAboveTheLimitIsRefusedWith413() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        byte[] big = new byte[65 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        attach(agency, round, "IKU-01", "besar.pdf", big).statusCode(413)
                .contentType("application/problem+json")
                .body("context.maxBytes", equalTo(64 * 1024));
        list(agency, "SAKIP_TEAM", null, round, "IKU-01").statusCode(200).body("$", empty());
    }

    @Test
    void anOfficeDocumentThatInflatesToAZipBombIsRefusedBeforeItIsRead() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        byte[] docx = ZipBombs.docx(48L << 20);
        byte[] xlsx = ZipBombs.xlsx(48L << 20);
        assertTrue(docx.length < 64 * 1024 && xlsx.length < 64 * 1024, "within the evidence size limit");

        attach(agency, round, "IKU-01", "laporan.docx", docx).statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("more than 100 times its compressed size"))
                .body("context.maxRatio", equalTo(100));
        attach(agency, round, "IKU-01", "data.xlsx", xlsx).statusCode(413);
        list(agency, "SAKIP_TEAM", null, round, "IKU-01").statusCode(200).body("$", empty());
    }

    @Test
    void anEntryTakesAtMostTwentyFiles() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        for (int i = 1; i <= 20; i++) {
            attach(agency, round, "IKU-01", "bukti-" + i + ".pdf", PDF).statusCode(201);
        }

        attach(agency, round, "IKU-01", "bukti-21.pdf", PDF).statusCode(409)
                .body("detail", containsString("already has 20 evidence files"));
        list(agency, "SAKIP_TEAM", null, round, "IKU-01").statusCode(200).body("$", hasSize(20));
    }

    @Test
    void noEvidenceIsAttachedBeforeTheOperatorsAreBriefed() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRoundWithMemo(2025, 1);
        agency.step(round, "A2", "SECRETARY", TestAgency.MINUTES).statusCode(200);
        agency.step(round, "A3", "SAKIP_TEAM", TestAgency.WORK_PLAN).statusCode(200);
        agency.step(round, "A4", "SAKIP_TEAM", TestAgency.CHECKLIST).statusCode(200);
        attach(agency, round, "IKU-01", "bukti.pdf", PDF).statusCode(409)
                .body("context.mustComeFirst", equalTo("A5"));
        list(agency, "SAKIP_TEAM", null, round, "IKU-01").statusCode(200).body("$", empty());

        agency.step(round, "A5", "SAKIP_TEAM", agency.briefing(round)).statusCode(200);
        attach(agency, round, "IKU-01", "bukti.pdf", PDF).statusCode(201);
    }

    @Test
    void onlyTheDivisionsOperatorAttachesAndAnotherAgencySeesNothing() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        String id = attach(agency, round, "IKU-01", "bukti.pdf", PDF).statusCode(201).extract().path("id");

        given().auth().oauth2(agency.token("OPERATOR", "METROLOGI")).multiPart("file", "bukti.pdf", PDF)
                .when().post(EVIDENCE, round, "IKU-01").then().statusCode(403);
        given().auth().oauth2(agency.token("DIVISION_HEAD", "PERDAGANGAN")).multiPart("file", "bukti.pdf", PDF)
                .when().post(EVIDENCE, round, "IKU-01").then().statusCode(403);
        given().auth().oauth2(agency.token("OPERATOR", "PERDAGANGAN")).multiPart("other", "bukti.pdf", PDF)
                .when().post(EVIDENCE, round, "IKU-01").then().statusCode(400);
        list(agency, "OPERATOR", "METROLOGI", round, "IKU-01").statusCode(403);
        as(agency, "OPERATOR", "METROLOGI").when().get(EVIDENCE + "/{id}", round, "IKU-01", id).then().statusCode(403);
        as(agency, "OPERATOR", "METROLOGI").when().delete(EVIDENCE + "/{id}", round, "IKU-01", id).then().statusCode(403);

        TestAgency other = TestAgency.withPlan();
        list(other, "SAKIP_TEAM", null, round, "IKU-01").statusCode(404);
        as(other, "AUDITOR", null).when().get(EVIDENCE + "/{id}", round, "IKU-01", id).then().statusCode(404);
        given().auth().oauth2(other.token("OPERATOR", "PERDAGANGAN")).multiPart("file", "bukti.pdf", PDF)
                .when().post(EVIDENCE, round, "IKU-01").then().statusCode(404);
        as(other, "OPERATOR", "PERDAGANGAN").when().delete(EVIDENCE + "/{id}", round, "IKU-01", id)
                .then().statusCode(404);
        as(agency, "SAKIP_TEAM", null).when().get(EVIDENCE + "/{id}", round, "IKU-01", "not-a-uuid")
                .then().statusCode(400);
    }

    @Test
    void theSubmittedRecapCarriesTheEvidenceWhichThenCanNeitherBeAddedNorRemoved() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.verifiedFirstQuarter();
        String kept = attach(agency, round, "IKP-01", "daftar-hadir.pdf", PDF).statusCode(201).extract().path("id");
        String dropped = attach(agency, round, "IKP-01", "salah.png", PNG).statusCode(201).extract().path("id");
        as(agency, "OPERATOR", "PERDAGANGAN").when().delete(EVIDENCE + "/{id}", round, "IKP-01", dropped)
                .then().statusCode(204);
        as(agency, "OPERATOR", "PERDAGANGAN").when().get(EVIDENCE + "/{id}", round, "IKP-01", dropped)
                .then().statusCode(404);
        given().auth().oauth2(agency.token("AUDITOR"))
                .queryParam("action", "EvidenceRemoved").queryParam("target", "round/" + round)
                .when().get("/api/collection/audit")
                .then().statusCode(200).body("items.before.filename", contains("salah.png"));

        String recapId = agency.submit(round).statusCode(201).extract().path("recapId");

        attach(agency, round, "IKP-01", "terlambat.pdf", PDF).statusCode(409)
                .body("detail", containsString("submitted"));
        as(agency, "OPERATOR", "PERDAGANGAN").when().delete(EVIDENCE + "/{id}", round, "IKP-01", kept)
                .then().statusCode(409);
        list(agency, "SAKIP_TEAM", null, round, "IKP-01").statusCode(200).body("id", contains(kept));

        List<ConsumerRecord<String, String>> published = Events.recordsWithKey(RECAP_SUBMITTED, recapId, 1);
        assertThat(published, hasSize(1));
        JsonPath event = Events.json(published.get(0).value());
        assertEquals(List.of(Map.of("id", kept, "filename", "daftar-hadir.pdf", "contentType", "application/pdf",
                        "sha256", sha256(PDF))),
                event.getList("items.find { it.indicatorCode == 'IKP-01' }.realisations[0].evidence"));
        assertEquals(List.of(), event.getList("items.find { it.indicatorCode == 'IKU-01' }.realisations[0].evidence"));
    }

    private static ValidatableResponse attach(TestAgency agency, String round, String code, String filename,
                                              byte[] content) {
        return given().auth().oauth2(agency.token("OPERATOR", TestAgency.divisionOf(code)))
                .multiPart("file", filename, content, "application/octet-stream")
                .when().post(EVIDENCE, round, code).then();
    }

    private static ValidatableResponse list(TestAgency agency, String role, String division, String round, String code) {
        return as(agency, role, division).when().get(EVIDENCE, round, code).then();
    }

    private static io.restassured.specification.RequestSpecification as(TestAgency agency, String role, String division) {
        return given().auth().oauth2(division == null ? agency.token(role) : agency.token(role, division));
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = workbook.createSheet("Harga").createRow(0);
            row.createCell(0).setCellValue("Beras");
            row.createCell(1).setCellValue(12500);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String name, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

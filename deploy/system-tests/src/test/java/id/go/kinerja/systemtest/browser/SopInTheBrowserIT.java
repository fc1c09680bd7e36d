package id.go.kinerja.systemtest.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.go.kinerja.systemtest.SopSteps;
import id.go.kinerja.systemtest.SystemUnderTest;
import id.go.kinerja.systemtest.SystemUnderTest.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The whole SOP in Aplikasi e-Kinerja, in headless Chromium, by clicking: the demo agency's people sign in by clicking
 * their name on the dev sign-in page, find their step on their Beranda and do it on their page. The Head's memo (A1),
 * the Secretary's meeting (A2), the team's preparations (A3-A5), the entries of two divisions' operators with a
 * division head's send-back and the re-entry (A6-A7), the recap (A8-A9), the measurement's memo, meeting and plan
 * (B1-B4), the Secretary's review returning two items (one to collection, one to measurement), the re-entry and the new
 * methodology, revision 2, approval, the Head's disposition, the sealed archive record and its PDF.
 *
 * <p>The divisions whose operators the walk does not follow (their entries are not what it is about) enter and verify
 * through the REST API. The same started system as {@code SopLoopIT}, which owns the demo agency's 2025: this walk
 * takes 2026. {@code -Dweb.screenshots=true} also saves each page it passes into {@code docs/web/} ({@link Screenshots}).
 */
@ExtendWith({HeadlessChromium.class, SystemUnderTest.class})
class SopInTheBrowserIT {

    private static final String DEMO_PLAN = "collection-service/src/main/resources/demo/disdagtrans-2025.json";
    /** The dev sign-in's people work for the demo agency. */
    private static final String AGENCY = "DISDAGTRANS";
    private static final int YEAR = 2026;
    private static final int QUARTER = 1;
    private static final String PERIOD = "Triwulan I tahun " + YEAR;
    /** The two divisions whose operators and heads the walk follows. */
    private static final List<String> CLICKED = List.of("PERDAGANGAN", "METROLOGI");
    /** Sent back by its division head, then entered again. */
    private static final String SENT_BACK = "IKP-01";
    /** Returned by the Secretary to collection: the attendance list shows 24 trained, not 25. */
    private static final String RE_ENTERED = "IKP-02";
    /** Returned by the Secretary to measurement: a negative indicator, measured with the ratio formula. */
    private static final String REMEASURED = "IKU-01";

    private static Web web;
    private static SopSteps api;

    @BeforeAll
    static void theAgencysPlanOf2026IsPublished(SystemUnderTest.Running system, ChromeDriver browser) throws IOException {
        api = new SopSteps(system, AGENCY, YEAR, QUARTER);
        web = new Web(browser, system.webUrl(), Screenshots.into(browser, system.projectFile("docs/web")), api,
                system::webLogTail);
        api.adminLoadsThePlan(Files.readString(system.projectFile(DEMO_PLAN)).replace("\"year\": 2025", "\"year\": " + YEAR));
        api.teamPublishesThePerformanceAgreement();
    }

    @Test
    void theWholeSopIsDoneByClickingInTheApplication() {
        theSignInPageListsTheAgencysPeople();
        UUID round = theHeadOrdersTheCollection();
        theSecretaryHoldsTheMeeting();
        List<Map<String, Object>> items = api.itemsOf(round);
        theTeamPreparesAndBriefsTheOperators(round, items);
        theOperatorsOfTwoDivisionsEnterAndTheirHeadsVerifyWithOneSendBack(round, items);
        UUID recap = theTeamRecapsAndTheMeasurementIsPrepared(round);
        theSecretaryReturnsTwoItems(recap, items);
        theReturnedItemsAreCorrected(round, items);
        theSecretaryApprovesRevisionTwo(round, recap);
        theHeadRecordsTheDispositionAndFindsTheSealedRecord(round, recap);
    }

    private static void theSignInPageListsTheAgencysPeople() {
        SignInPage signIn = SignInPage.open(web).screenshot("masuk");
        assertThat(signIn.people(), hasItems(containsString("Kepala Dinas"), containsString("Sekretaris"),
                containsString("Tim SAKIP"), containsString("Kepala Bidang · PERDAGANGAN"),
                containsString("Operator · PERDAGANGAN")));
    }

    /** A1: the Head, greeted by name, with the Head's menu, issues the memo on his page: the round opens. */
    private static UUID theHeadOrdersTheCollection() {
        KepalaDinas head = new KepalaDinas(web);
        Beranda beranda = head.signsIn().screenshot("beranda-kepala-dinas");
        assertThat(beranda.greeting(), containsString("Ir. Hendra Wijaya"));
        assertThat(beranda.signedInAs(), containsString("Kepala Dinas"));
        assertThat(beranda.menu(), hasItems("Beranda", "Kepala Dinas", "Arsip", "Jejak audit"));
        head.ordersTheCollection(YEAR, QUARTER, "800/112/DP-Trans/" + YEAR, day(0));
        beranda.signOut();
        return UUID.fromString(api.as(api.token("HEAD"), Service.COLLECTION).queryParam("year", YEAR)
                .queryParam("quarter", QUARTER).get("/api/collection/rounds")
                .then().statusCode(200).body("items", hasSize(1)).extract().path("items[0].roundId"));
    }

    /** A2: the meeting waits on the Secretary's Beranda, for the period of the memo; she records its minutes. */
    private static void theSecretaryHoldsTheMeeting() {
        Sekretaris secretary = new Sekretaris(web);
        Beranda beranda = secretary.signsIn().screenshot("beranda-sekretaris");
        String meeting = "A2 · Sekretaris melakukan rapat dengan Tim untuk memberikan arahan pengumpulan data kinerja";
        assertThat(beranda.line(meeting), containsString(PERIOD));
        assertThat(beranda.linkOf(meeting), equalTo("/sekretaris"));
        secretary.holdsTheMeeting("A2", YEAR, QUARTER, day(1), "Pengumpulan data triwulan I selesai dalam dua hari kerja");
        beranda.signOut();
    }

    /** A3-A5 on the team's page of the round; entry (A6) opens. */
    private static void theTeamPreparesAndBriefsTheOperators(UUID round, List<Map<String, Object>> items) {
        TimSakip team = new TimSakip(web);
        Beranda beranda = team.signsIn().screenshot("beranda-tim-sakip");
        String plan = "A3 · Tim menyusun rencana kegiatan pelaksanaan pengumpulan data";
        assertThat(beranda.line(plan), containsString(PERIOD));
        assertThat(beranda.linkOf(plan), equalTo("/tim-sakip/putaran/" + round));
        team.plansGathersTheDocumentsAndBriefsTheOperators(round,
                new TreeSet<>(items.stream().map(item -> (String) item.get("divisionCode")).toList()), day(2));
        beranda.signOut();
    }

    /**
     * A6-A7: two divisions' operators enter on their page (each sees only their division's indicators), their
     * heads verify; one entry is sent back with a reason and entered again. The other divisions through the API.
     */
    private static void theOperatorsOfTwoDivisionsEnterAndTheirHeadsVerifyWithOneSendBack(UUID round,
                                                                                          List<Map<String, Object>> items) {
        for (String division : CLICKED) {
            List<Map<String, Object>> own = ofDivision(items, division);
            Operator operator = new Operator(web, division);
            Beranda beranda = operator.signsIn().screenshot("beranda-operator");
            assertThat(beranda.menu(), allOf(hasItem("Isian realisasi"), not(hasItem("Verifikasi"))));
            for (Map<String, Object> item : items) {
                String enter = "Isi realisasi " + item.get("indicatorCode");
                assertThat(beranda.work(), division.equals(item.get("divisionCode")) ? hasItem(enter) : not(hasItem(enter)));
            }
            web.open("/isian");
            web.awaitPresent(By.id("buka-" + round));
            web.screenshot("isian-daftar");
            operator.opens(round);
            web.screenshot("isian-" + division.toLowerCase());
            for (Map<String, Object> item : own) {
                operator.enters((String) item.get("indicatorCode"), SopSteps.onTarget(item, "Sesuai laporan bidang"));
            }
            beranda.signOut();

            KepalaBidang head = new KepalaBidang(web, division);
            Beranda heads = head.signsIn().screenshot("beranda-kepala-bidang");
            assertThat(heads.work(), hasItem("Verifikasi realisasi " + own.get(0).get("indicatorCode")));
            web.open("/verifikasi");
            web.screenshot("verifikasi-daftar");
            head.opens(round);
            web.screenshot("verifikasi-" + division.toLowerCase());
            for (Map<String, Object> item : own) {
                String code = (String) item.get("indicatorCode");
                if (code.equals(SENT_BACK)) {
                    head.sendsBack(code, "Lampirkan rekap daftar hadir kegiatan");
                } else {
                    head.verifies(code);
                }
            }
            heads.signOut();
        }
        Map<String, Object> sentBack = item(items, SENT_BACK);
        Operator operator = new Operator(web, (String) sentBack.get("divisionCode"));
        Beranda beranda = operator.signsIn();
        assertThat(beranda.work(), hasItem("Perbaiki realisasi " + SENT_BACK + " yang dikembalikan"));
        operator.opens(round);
        assertThat(operator.returnReason(SENT_BACK), containsString("Lampirkan rekap daftar hadir kegiatan"));
        operator.attachesEvidence(SENT_BACK, attendanceList());
        operator.enters(SENT_BACK, SopSteps.onTarget(sentBack, "Rekap daftar hadir terlampir"));
        beranda.signOut();
        KepalaBidang head = new KepalaBidang(web, (String) sentBack.get("divisionCode"));
        Beranda heads = head.signsIn();
        head.opens(round);
        // the division head checks the attendance list the operator attached before verifying
        HttpResponse<byte[]> evidence = web.fetch(web.attribute(By.cssSelector("#butir-" + SENT_BACK + " a.unduh-bukti"), "href"));
        assertThat(new String(evidence.body(), 0, 5, StandardCharsets.US_ASCII), equalTo("%PDF-"));
        head.verifies(SENT_BACK);
        heads.signOut();

        List<Map<String, Object>> others = items.stream().filter(item -> !CLICKED.contains(item.get("divisionCode"))).toList();
        api.operatorsEnterRealisations(round, others, item -> SopSteps.onTarget(item, "Sesuai laporan bidang"));
        api.divisionHeadsVerify(round, others);
    }

    /** A8-A9 on the team's round page; B1 by the Head, B2 by the Secretary, B3-B4 by the team: revision 1 is measured. */
    private static UUID theTeamRecapsAndTheMeasurementIsPrepared(UUID round) {
        TimSakip team = new TimSakip(web);
        Beranda beranda = team.signsIn();
        web.open("/tim-sakip");
        web.screenshot("tim-sakip");
        team.submitsTheRecap(round);
        beranda.signOut();
        UUID recap = recapOf(round);

        KepalaDinas head = new KepalaDinas(web);
        beranda = head.signsIn();
        head.ordersTheMeasurement(YEAR, QUARTER, "800/113/DP-Trans/" + YEAR, day(0));
        beranda.signOut();
        Sekretaris secretary = new Sekretaris(web);
        beranda = secretary.signsIn();
        secretary.holdsTheMeeting("B2", YEAR, QUARTER, day(1), "Pengukuran triwulan I setelah data terverifikasi");
        beranda.signOut();
        beranda = team.signsIn();
        team.plansTheMeasurement(YEAR, QUARTER, day(2));
        beranda.signOut();

        api.awaitInTheSecretarysInbox(recap, 1);
        return recap;
    }

    /** A10 / B8: the Secretary returns one item to collection and one to measurement, accepts the rest, returns. */
    private static void theSecretaryReturnsTwoItems(UUID recap, List<Map<String, Object>> items) {
        Sekretaris secretary = new Sekretaris(web);
        Beranda beranda = secretary.signsIn();
        secretary.opensTheRecap(YEAR, QUARTER, "telaah-rekap");
        secretary.returnsTheItem(RE_ENTERED, "Daftar hadir pelatihan menunjukkan 24 peserta", true);
        secretary.returnsTheItem(REMEASURED, "Gunakan rumus rasio untuk indikator negatif", false);
        secretary.acceptsEveryUndecidedItem();
        secretary.returnsTheRecap("Dua indikator perlu diperbaiki");
        beranda.signOut();
    }

    /** The operator re-enters the item returned to collection, the head verifies; the team changes the formula. */
    private static void theReturnedItemsAreCorrected(UUID round, List<Map<String, Object>> items) {
        String division = (String) item(items, RE_ENTERED).get("divisionCode");
        Operator operator = new Operator(web, division);
        Beranda beranda = operator.signsIn();
        // the page reads the round, then each entry: it waits until both tell of the return (RecapReturned)
        operator.awaitsTheEntryForm(round, RE_ENTERED);
        assertThat(operator.returnReason(RE_ENTERED), containsString("Daftar hadir pelatihan menunjukkan 24 peserta"));
        operator.enters(RE_ENTERED, Map.of("value", 24, "note", "Sesuai daftar hadir (terlampir)"));
        beranda.signOut();
        KepalaBidang head = new KepalaBidang(web, division);
        beranda = head.signsIn();
        head.opens(round);
        head.verifies(RE_ENTERED);
        beranda.signOut();

        TimSakip team = new TimSakip(web);
        beranda = team.signsIn();
        team.changesTheNegativeFormula(REMEASURED, "RATIO", "Telaah Sekretaris: rumus rasio untuk indikator negatif");
        team.submitsTheRecap(round);
        beranda.signOut();
    }

    /** Revision 2 in the inbox, with what changed since the last review; every item accepted; approved. */
    private static void theSecretaryApprovesRevisionTwo(UUID round, UUID recap) {
        api.awaitInTheSecretarysInbox(recap, 2);
        Sekretaris secretary = new Sekretaris(web);
        Beranda beranda = secretary.signsIn();
        secretary.opensTheRecap(YEAR, QUARTER, "telaah-rekap-revisi-2");
        assertThat(secretary.changesSinceTheLastReview(), allOf(containsString(RE_ENTERED), containsString(REMEASURED)));
        secretary.acceptsEveryUndecidedItem();
        secretary.approves("Data kinerja triwulan I disetujui");
        beranda.signOut();
    }

    /** A11 / B9 and A12 / B10: the disposition; the archive seals the record, which verifies, with its PDF. */
    private static void theHeadRecordsTheDispositionAndFindsTheSealedRecord(UUID round, UUID recap) {
        KepalaDinas head = new KepalaDinas(web);
        Beranda beranda = head.signsIn();
        head.recordsTheDisposition(YEAR, QUARTER, "Lanjutkan sebagai bahan penyusunan laporan kinerja");
        String archiveId = api.awaitTheArchive(recap);
        head.findsTheSealedRecordAndItsReport(archiveId);
        web.open("/kepala/capaian?tahun=" + YEAR + "&triwulan=" + QUARTER);
        web.awaitPresent(By.id("capaian-level"));
        web.screenshot("capaian");
        web.open("/arsip/rantai");
        assertThat(web.attribute(By.id("status-rantai"), "data-status"), equalTo("VALID"));
        web.screenshot("arsip-rantai");
        web.open("/sop");
        web.screenshot("linimasa-daftar");
        web.open("/sop/putaran/" + round);
        web.awaitPresent(By.id("linimasa-a"));
        web.screenshot("linimasa-sop");
        web.open("/audit");
        web.awaitPresent(By.id("filter-audit"));
        web.screenshot("jejak-audit");
        beranda.signOut();
    }

    /** A small PDF, as the operator's scanned attendance list would be. */
    private static Path attendanceList() {
        try {
            Path file = Files.createTempDirectory("bukti").resolve("daftar-hadir.pdf");
            Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UUID recapOf(UUID round) {
        return UUID.fromString(api.as(api.token("SAKIP_TEAM"), Service.COLLECTION)
                .get("/api/collection/rounds/{round}/recap", round)
                .then().statusCode(200).extract().path("recapId"));
    }

    private static List<Map<String, Object>> ofDivision(List<Map<String, Object>> items, String division) {
        return items.stream().filter(item -> division.equals(item.get("divisionCode"))).toList();
    }

    private static Map<String, Object> item(List<Map<String, Object>> items, String code) {
        return items.stream().filter(item -> code.equals(item.get("indicatorCode"))).findFirst().orElseThrow();
    }

    /** The SOP's documents are dated the first working days after the quarter. */
    private static String day(int after) {
        return LocalDate.of(YEAR, QUARTER * 3, 1).plusMonths(1).plusDays(after).toString();
    }
}

package id.go.kinerja.systemtest.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import id.go.kinerja.systemtest.SopSteps;
import id.go.kinerja.systemtest.SystemUnderTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The SOP in Aplikasi e-Kinerja, in headless Chromium: the demo agency's people sign in by clicking their name on the
 * dev sign-in page and find their part of the round on their Beranda, one role after the other, from the Head's memo
 * (A1) through the Secretary's meeting (A2), the team's preparations (A3-A5) and an operator's entry (A6) to the
 * division head's verification (A7). Each role's steps are its page object's; those whose page is not built yet go
 * through the REST APIs as the page would.
 *
 * <p>The same started system as {@code SopLoopIT}, which owns the demo agency's 2025: this walk takes 2026.
 * {@code -Dweb.screenshots=true} also saves each page it passes into {@code docs/web/} ({@link Screenshots}).
 */
@ExtendWith({HeadlessChromium.class, SystemUnderTest.class})
class SopInTheBrowserIT {

    private static final String DEMO_PLAN = "collection-service/src/main/resources/demo/disdagtrans-2025.json";
    /** The dev sign-in's people work for the demo agency. */
    private static final String AGENCY = "DISDAGTRANS";
    private static final int YEAR = 2026;
    private static final String PERIOD = "Triwulan I tahun " + YEAR;
    private static final String DIVISION = "PERDAGANGAN";

    private static Web web;

    @BeforeAll
    static void theAgencysPlanOf2026IsPublished(SystemUnderTest.Running system, ChromeDriver browser) throws IOException {
        SopSteps api = new SopSteps(system, AGENCY, YEAR, 1);
        web = new Web(browser, system.webUrl(), Screenshots.into(browser, system.projectFile("docs/web")), api,
                system::webLogTail);
        api.adminLoadsThePlan(Files.readString(system.projectFile(DEMO_PLAN)).replace("\"year\": 2025", "\"year\": " + YEAR));
        api.teamPublishesThePerformanceAgreement();
    }

    @Test
    void eachPersonSignsInByClickingAndFindsTheirStepOfTheRoundOnTheirBeranda() {
        theSignInPageListsTheAgencysPeople();
        UUID round = theHeadSignsInAndOrdersTheCollection();
        theSecretaryFindsTheMeetingAndHoldsIt(round);
        List<Map<String, Object>> items = web.api().itemsOf(round);
        theTeamFindsItsPreparationsAndBriefsTheOperators(round, items);
        Map<String, Object> entered = theOperatorFindsTheDivisionsIndicatorsAndEntersOne(round, items);
        theDivisionHeadFindsTheEntryToVerify(round, entered);
    }

    private static void theSignInPageListsTheAgencysPeople() {
        SignInPage signIn = SignInPage.open(web).screenshot("masuk");
        assertThat(signIn.people(), hasItems(containsString("Kepala Dinas"), containsString("Sekretaris"),
                containsString("Tim SAKIP"), containsString("Kabid Perdagangan"), containsString("Operator Perdagangan")));
    }

    /** A1: the Head, greeted by name, with the Head's menu; the memo opens the round. */
    private static UUID theHeadSignsInAndOrdersTheCollection() {
        KepalaDinas head = new KepalaDinas(web);
        Beranda beranda = head.signsIn().screenshot("beranda-kepala-dinas");
        assertThat(beranda.greeting(), containsString("Ir. Hendra Wijaya"));
        assertThat(beranda.signedInAs(), containsString("Kepala Dinas"));
        assertThat(beranda.menu(), hasItems("Beranda", "Kepala Dinas", "Arsip", "Jejak audit"));
        UUID round = head.ordersTheCollection();
        beranda.signOut();
        return round;
    }

    /** A2 waits for the Secretary, for the period of the memo. */
    private static void theSecretaryFindsTheMeetingAndHoldsIt(UUID round) {
        Sekretaris secretary = new Sekretaris(web);
        Beranda beranda = secretary.signsIn().screenshot("beranda-sekretaris");
        String meeting = "A2 · Sekretaris melakukan rapat dengan Tim untuk memberikan arahan pengumpulan data kinerja";
        assertThat(beranda.line(meeting), containsString(PERIOD));
        assertThat(beranda.linkOf(meeting), equalTo("/sop/putaran/" + round));
        secretary.holdsTheCollectionMeeting(round);
        beranda.signOut();
    }

    /** A3 waits for the team; after A3-A5 entry (A6) is open. */
    private static void theTeamFindsItsPreparationsAndBriefsTheOperators(UUID round, List<Map<String, Object>> items) {
        TimSakip team = new TimSakip(web);
        Beranda beranda = team.signsIn().screenshot("beranda-tim-sakip");
        assertThat(beranda.line("A3 · Tim menyusun rencana kegiatan pelaksanaan pengumpulan data"), containsString(PERIOD));
        team.plansGathersTheDocumentsAndBriefsTheOperators(round, items);
        beranda.signOut();
    }

    /** A6: the operator sees the division's indicators to enter, and no other division's; enters the first. */
    private static Map<String, Object> theOperatorFindsTheDivisionsIndicatorsAndEntersOne(UUID round,
                                                                                         List<Map<String, Object>> items) {
        Operator operator = new Operator(web, DIVISION);
        Beranda beranda = operator.signsIn().screenshot("beranda-operator");
        assertThat(beranda.menu(), allOf(hasItem("Isian realisasi"), not(hasItem("Verifikasi"))));
        for (Map<String, Object> item : items) {
            String enter = "Isi realisasi " + item.get("indicatorCode");
            assertThat(beranda.work(), DIVISION.equals(item.get("divisionCode")) ? hasItem(enter) : not(hasItem(enter)));
        }
        Map<String, Object> first = items.stream().filter(item -> DIVISION.equals(item.get("divisionCode"))).findFirst()
                .orElseThrow();
        String enterFirst = "Isi realisasi " + first.get("indicatorCode");
        assertThat(beranda.line(enterFirst), containsString(PERIOD));
        assertThat(beranda.linkOf(enterFirst), equalTo("/isian/putaran/" + round));
        operator.entersOnTarget(round, first);
        beranda.signOut();
        return first;
    }

    /** A7: the entry waits for the division's head. */
    private static void theDivisionHeadFindsTheEntryToVerify(UUID round, Map<String, Object> entered) {
        Beranda beranda = new KepalaBidang(web, DIVISION).signsIn().screenshot("beranda-kepala-bidang");
        String verify = "Verifikasi realisasi " + entered.get("indicatorCode");
        assertThat(beranda.line(verify), containsString(PERIOD));
        assertThat(beranda.linkOf(verify), equalTo("/verifikasi/putaran/" + round));
        beranda.signOut();
    }
}

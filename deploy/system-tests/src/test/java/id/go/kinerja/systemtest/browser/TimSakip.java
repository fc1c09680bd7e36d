package id.go.kinerja.systemtest.browser;

import java.util.Collection;
import java.util.UUID;
import org.openqa.selenium.By;

/** Tim SAKIP: the work plan, documents and briefing (A3-A5), the recap (A8-A9), B3-B4 and the methodology. */
final class TimSakip extends DemoPerson {

    /** The documents of A4, all at hand. */
    private static final String[] DOCUMENTS = {"PK", "IKU", "DPA", "ACTIVITY_EVIDENCE", "SURVEY_RESULTS",
            "EVALUATION_REPORTS", "SAKIP_ASSESSMENT", "DATA_COLLECTION_FORM"};

    TimSakip(Web web) {
        super(web, "tim.sakip.disdagtrans");
    }

    /** A3-A5 on the team's page of the round: the work plan, the document checklist, the operators' briefing. */
    void plansGathersTheDocumentsAndBriefsTheOperators(UUID roundId, Collection<String> divisions, String day) {
        web.open("/tim-sakip/putaran/" + roundId);
        web.screenshot("tim-sakip-putaran");
        plansTheWork("a3", day, "Pengarahan operator pengisian data kinerja");
        for (String kind : DOCUMENTS) {
            web.choose(By.id("a4-status-" + kind), "AVAILABLE");
        }
        web.submit(By.id("a4-simpan"));
        web.fill(By.id("a5-tanggal"), day);
        for (String division : divisions) {
            web.fill(By.id("a5-peserta-" + division), "Operator " + division.toLowerCase());
        }
        web.submit(By.id("a5-simpan"));
    }

    /** A8-A9: recaps the round and reports it to the Secretary (a next revision after a return). */
    void submitsTheRecap(UUID roundId) {
        web.open("/tim-sakip/putaran/" + roundId);
        web.submit(By.id("ajukan-rekap"));
        web.awaitPresent(By.id("berhasil"));
    }

    /** B3-B4 on the team's page of the period: the measurement plan, the methodology declared ready. */
    void plansTheMeasurement(int year, int quarter, String day) {
        web.open("/tim-sakip/pengukuran/" + year + "/" + quarter);
        web.screenshot("tim-sakip-pengukuran");
        plansTheWork("b3", day, "Penyusunan kertas kerja pengukuran");
        web.fill(By.id("b4-catatan"), "Metodologi ditetapkan dari indikator SMART");
        web.submit(By.id("b4-simpan"));
    }

    /** B8-B4: a new version of the returned indicator's methodology, with the formula the Secretary asked for. */
    void changesTheNegativeFormula(String code, String formula, String reason) {
        web.open("/tim-sakip/metodologi");
        web.screenshot("metodologi");
        web.open("/tim-sakip/metodologi/" + code);
        web.choose(By.id("m-negativeFormula"), formula);
        web.fill(By.id("m-reason"), reason);
        web.screenshot("metodologi-indikator");
        web.submit(By.id("simpan-metodologi"));
    }

    private void plansTheWork(String form, String day, String activity) {
        web.fill(By.id(form + "-kegiatan-0"), activity);
        web.fill(By.id(form + "-mulai-0"), day);
        web.fill(By.id(form + "-selesai-0"), day);
        web.fill(By.id(form + "-pj-0"), "Tim SAKIP");
        web.submit(By.id(form + "-simpan"));
    }
}

package id.go.kinerja.systemtest.browser;

import org.openqa.selenium.By;

/** Sekretaris: the meetings with the team (A2 / B2), the review of the recap (A10 / B8), approval. */
final class Sekretaris extends DemoPerson {

    Sekretaris(Web web) {
        super(web, "sekretaris.disdagtrans");
    }

    /** A2 or B2 ({@code step}): the minutes of the meeting with the team, on {@code /sekretaris}. */
    void holdsTheMeeting(String step, int year, int quarter, String date, String summary) {
        String form = step.toLowerCase() + "-" + year + "-" + quarter;
        web.open("/sekretaris");
        web.fill(By.id(form + "-tanggal"), date);
        web.fill(By.id(form + "-peserta"), "Sekretaris\nKetua Tim SAKIP\nAnggota Tim SAKIP");
        web.fill(By.id(form + "-ringkasan"), summary);
        web.screenshot("sekretaris");
        web.submit(By.id(form + "-simpan"));
        web.awaitPresent(By.id("pesan"));
    }

    /** A10 / B8: opens the recap of the period from the inbox. */
    void opensTheRecap(int year, int quarter, String screenshot) {
        web.open("/sekretaris");
        web.click(By.id("telaah-" + year + "-" + quarter));
        web.awaitPresent(By.id("daftar-butir"));
        web.screenshot(screenshot);
    }

    /** Returns one item with the reason, to collection (re-entry) or to measurement (methodology). */
    void returnsTheItem(String code, String reason, boolean toCollection) {
        web.click(By.id("buka-kembalikan-" + code));
        web.fill(By.id("alasan-" + code), reason);
        web.click(By.id((toCollection ? "ke-pengumpulan-" : "ke-pengukuran-") + code));
        web.submit(By.id("kembalikan-" + code));
    }

    void acceptsEveryUndecidedItem() {
        web.submit(By.id("terima-semua"));
    }

    /** The revision goes back for correction with the returned items. */
    void returnsTheRecap(String note) {
        web.fill(By.id("catatan-pengembalian"), note);
        web.submit(By.id("kembalikan-rekap"));
    }

    /** Approval: the recap's data is locked for good. */
    void approves(String note) {
        web.fill(By.id("catatan-persetujuan"), note);
        web.submit(By.id("setujui"));
    }

    /** What changed since her last review, per item, as the page says it (revision 2 onwards). */
    String changesSinceTheLastReview() {
        return web.text(By.id("perubahan"));
    }
}

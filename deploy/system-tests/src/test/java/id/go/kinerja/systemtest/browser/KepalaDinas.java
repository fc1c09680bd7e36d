package id.go.kinerja.systemtest.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.openqa.selenium.By;

/** Kepala Dinas, the Head: the memos that start collection (A1) and measurement (B1), the disposition (A11 / B9). */
final class KepalaDinas extends DemoPerson {

    KepalaDinas(Web web) {
        super(web, "kepala.disdagtrans");
    }

    /** A1: the Nota Dinas that orders the collection, on {@code /kepala}: the round of the period opens. */
    void ordersTheCollection(int year, int quarter, String memoNumber, String memoDate) {
        issuesTheMemo("a1", year, quarter, memoNumber, memoDate);
    }

    /** B1: the Nota Dinas that orders the measurement of the period. */
    void ordersTheMeasurement(int year, int quarter, String memoNumber, String memoDate) {
        issuesTheMemo("b1", year, quarter, memoNumber, memoDate);
    }

    private void issuesTheMemo(String form, int year, int quarter, String memoNumber, String memoDate) {
        web.open("/kepala");
        web.fill(By.id(form + "-tahun"), String.valueOf(year));
        web.choose(By.id(form + "-triwulan"), String.valueOf(quarter));
        web.fill(By.id(form + "-nomor"), memoNumber);
        web.fill(By.id(form + "-tanggal"), memoDate);
        web.screenshot("kepala-dinas");
        web.submit(By.id(form + "-kirim"));
        web.awaitPresent(By.id("pesan"));
    }

    /** A11 / B9: the disposition on the approved recap the Secretary reported. */
    void recordsTheDisposition(int year, int quarter, String text) {
        web.open("/kepala");
        web.click(By.id("disposisi-" + year + "-" + quarter));
        web.fill(By.id("disposisi-teks"), text);
        web.screenshot("disposisi");
        web.submit(By.id("disposisi-kirim"));
        web.awaitPresent(By.id("pesan"));
    }

    /** A12 / B10: the sealed record in the archive verifies VALID, and its collection report is a PDF. */
    void findsTheSealedRecordAndItsReport(String archiveId) {
        web.open("/arsip");
        web.screenshot("arsip");
        web.click(By.id("arsip-" + archiveId));
        web.awaitPresent(By.id("status-segel"));
        assertThat(web.attribute(By.id("status-segel"), "data-status"), equalTo("VALID"));
        web.screenshot("arsip-rekaman");
        String report = web.attribute(By.id("unduh-pengumpulan-pdf"), "href");
        HttpResponse<byte[]> pdf = web.fetch(report);
        assertThat(pdf.statusCode(), equalTo(200));
        assertThat(pdf.headers().firstValue("Content-Type").orElse(""), equalTo("application/pdf"));
        assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII), equalTo("%PDF-"));
    }
}

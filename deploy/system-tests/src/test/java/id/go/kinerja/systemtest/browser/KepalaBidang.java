package id.go.kinerja.systemtest.browser;

import java.util.Locale;
import java.util.UUID;
import org.openqa.selenium.By;

/** A division's head (Kepala Bidang): verifies or sends back the division's entries (A7). */
final class KepalaBidang extends DemoPerson {

    KepalaBidang(Web web, String division) {
        super(web, "kabid." + division.toLowerCase(Locale.ROOT));
    }

    void opens(UUID roundId) {
        web.open("/verifikasi/putaran/" + roundId);
        web.awaitPresent(By.cssSelector("section[id^='butir-']"));
    }

    void verifies(String code) {
        web.submit(By.id("verifikasi-" + code));
    }

    void sendsBack(String code, String reason) {
        web.fill(By.id("alasan-" + code), reason);
        web.submit(By.id("kembalikan-" + code));
    }
}

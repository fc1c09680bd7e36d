package id.go.kinerja.systemtest.browser;

import id.go.kinerja.systemtest.SopSteps;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;

/** A division's operator (staf/operator): enters the realisations of the division's indicators (A6). */
final class Operator extends DemoPerson {

    Operator(Web web, String division) {
        super(web, "operator." + division.toLowerCase(Locale.ROOT));
    }

    /** Opens the round's entry page of the division. */
    void opens(UUID roundId) {
        web.open("/isian/putaran/" + roundId);
        web.awaitPresent(By.cssSelector("section[id^='butir-']"));
    }

    /**
     * Reloads the round's page, as a person would, until the item takes an entry again: after a return the event
     * reaches collection a moment later. In the walk's own thread: the browser is driven by one thread only.
     */
    void awaitsTheEntryForm(UUID roundId, String code) {
        Instant until = Instant.now().plus(SopSteps.EVENTUALLY);
        while (true) {
            opens(roundId);
            if (web.has(By.id("nilai-" + code)) || web.has(By.id("predikat-" + code))) {
                return;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError(code + " did not reopen for entry within " + SopSteps.EVENTUALLY.toSeconds() + " s");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A6: the realisation as {@code entry} has it (a value or a grade) with its note, on the item's card. */
    void enters(String code, Map<String, Object> entry) {
        if (entry.containsKey("grade")) {
            web.fill(By.id("predikat-" + code), String.valueOf(entry.get("grade")));
        } else {
            // as an Indonesian writes a decimal: 62,5
            web.fill(By.id("nilai-" + code), new BigDecimal(String.valueOf(entry.get("value")))
                    .stripTrailingZeros().toPlainString().replace('.', ','));
        }
        web.fill(By.id("catatan-" + code), String.valueOf(entry.get("note")));
        web.submit(By.id("simpan-" + code));
    }

    /** Attaches evidence (bukti dukung) to the item; the card lists it, and it can be downloaded. */
    void attachesEvidence(String code, Path file) {
        web.attach(By.id("bukti-" + code), file);
        web.submit(By.id("unggah-bukti-" + code));
        web.awaitPresent(By.cssSelector("#daftar-bukti-" + code + " li[data-evidence]"));
    }

    /** What the card says of a returned entry: who returned it and why. */
    String returnReason(String code) {
        return web.text(By.id("alasan-kembali-" + code));
    }
}

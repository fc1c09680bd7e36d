package id.go.kinerja.systemtest.browser;

import java.math.BigDecimal;
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

    /** What the card says of a returned entry: who returned it and why. */
    String returnReason(String code) {
        return web.text(By.id("alasan-kembali-" + code));
    }
}

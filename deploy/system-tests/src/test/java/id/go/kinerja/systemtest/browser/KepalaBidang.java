package id.go.kinerja.systemtest.browser;

import java.util.Locale;

/** A division's head (Kepala Bidang): verifies or sends back the division's entries (A7). */
final class KepalaBidang extends DemoPerson {

    KepalaBidang(Web web, String division) {
        super(web, "kabid." + division.toLowerCase(Locale.ROOT));
    }
}

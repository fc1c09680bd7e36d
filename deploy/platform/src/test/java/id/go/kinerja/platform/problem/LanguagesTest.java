package id.go.kinerja.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Problems speak Bahasa Indonesia unless the caller's Accept-Language prefers English. */
class LanguagesTest {

    @Test
    void theBestMatchOfTheHeaderWinsAndAnythingElseIsIndonesian() {
        assertEquals(Languages.ENGLISH, Languages.of("en"));
        assertEquals(Languages.ENGLISH, Languages.of("en-US,en;q=0.9,id;q=0.8"));
        assertEquals(Languages.ENGLISH, Languages.of("fr-FR, en;q=0.5"));
        assertEquals(Languages.INDONESIAN, Languages.of("id-ID,id;q=0.9,en;q=0.8"));
        assertEquals(Languages.INDONESIAN, Languages.of("en;q=0.2, id"));
        assertEquals(Languages.INDONESIAN, Languages.of("fr"));
        assertEquals(Languages.INDONESIAN, Languages.of("*"));
        assertEquals(Languages.INDONESIAN, Languages.of(null));
        assertEquals(Languages.INDONESIAN, Languages.of("not a ; language = header"));
        assertEquals(Languages.ENGLISH, Languages.of("fr", Languages.ENGLISH));
    }

    @Test
    void aCodesWordsComeFromTheBundleWithItsFactsAsWritten() {
        assertEquals("Isi permintaan lebih besar dari 10485760 bita",
                PlatformProblem.BODY_TOO_LARGE.detail(Languages.INDONESIAN, 10485760L));
        assertEquals("The body is larger than 10485760 bytes", PlatformProblem.BODY_TOO_LARGE.detail(Locale.ENGLISH, 10485760L));
        // a quote in a text without facts is a quote, not two
        assertEquals("The token carries no agency claim", PlatformProblem.AGENCY_CLAIM_MISSING.detail(Locale.ENGLISH));
        assertEquals(true, PlatformProblem.DIVISION_CLAIM_MISSING.detail(Languages.INDONESIAN).contains("(klaim 'division')"));
        assertEquals("https://kinerja.go.id/problems/step-out-of-order", PlatformProblem.STEP_OUT_OF_ORDER.type());
    }

    @Test
    void aFieldErrorIsWordedInTheLanguageOfTheAnswer() {
        InvalidInput invalid = new InvalidInput("from", PlatformProblem.text("audit.instant", "kemarin"));
        assertEquals("from: 'kemarin' bukan waktu ISO-8601 seperti 2025-04-01T00:00:00Z", invalid.detail(Languages.INDONESIAN));
        assertEquals("from: 'kemarin' is not an ISO-8601 instant such as 2025-04-01T00:00:00Z", invalid.detail(Locale.ENGLISH));
        assertEquals("'kemarin' bukan waktu ISO-8601 seperti 2025-04-01T00:00:00Z",
                invalid.errors().get(0).in(Languages.INDONESIAN).message());
        assertEquals("Isian tidak valid", invalid.title(Languages.INDONESIAN));
    }
}

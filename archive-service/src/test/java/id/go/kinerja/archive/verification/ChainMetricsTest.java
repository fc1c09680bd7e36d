package id.go.kinerja.archive.verification;

import static id.go.kinerja.archive.Disposals.archive;
import static id.go.kinerja.archive.Disposals.behindTheTrigger;
import static id.go.kinerja.archive.Disposals.newRecap;
import static id.go.kinerja.archive.Disposals.uniqueAgency;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The archive verification the operations dashboard shows per agency, and its alert fires on. */
@QuarkusTest
class ChainMetricsTest {

    private static final Duration NEXT_CHECK = Duration.ofSeconds(30);

    @Test
    void theGaugeShowsAnArchivedChainAsValidAndTurnsZeroOnceADocumentIsTamperedWith() throws SQLException {
        String agency = uniqueAgency("gauge");
        UUID tampered = archive(newRecap(agency));
        archive(newRecap(agency));

        await().atMost(NEXT_CHECK).pollInterval(Duration.ofMillis(500))
                .until(() -> chainValid(agency), value -> value != null && value == 1.0);

        behindTheTrigger("update archive_record set document = jsonb_set(document, '{items,0,realisations,0,value}', '1')"
                + " where id = '" + tampered + "'");

        await().atMost(NEXT_CHECK).pollInterval(Duration.ofMillis(500))
                .until(() -> chainValid(agency), value -> value != null && value == 0.0);
    }

    /** The gauge's value for the agency, null while it is not exposed. */
    private static Double chainValid(String agency) {
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString()
                .replace(",}", "}");
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote("kinerja_archive_chain_valid{agency=\"" + agency + "\"}")
                + " (\\S+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : null;
    }
}

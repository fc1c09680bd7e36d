package id.go.kinerja.archive;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.archive.archiving.RecapDisposedConsumer;
import id.go.kinerja.archive.seal.CanonicalJson;
import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.infrastructure.KinerjaTestInfrastructure;
import id.go.kinerja.infrastructure.TestTopics;
import id.go.kinerja.platform.security.Roles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * Disposed recaps as approval-service would send them, made from the sample in
 * {@code src/test/resources/events/recap-disposed.json}, and the ways a test reaches the archive.
 * Every test works in an agency of its own, so tests never see each other's chains.
 */
public final class Disposals {

    public static final String SAMPLE_EVENT_ID = "9a4e2c71-5d3b-4f8e-b6a0-1c2d3e4f5a60";
    public static final String SAMPLE_RECAP_ID = "7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90";
    /** Generous: the class's first test also waits for the consumer group to get its partitions on a busy machine. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final String SAMPLE = read("/events/recap-disposed.json");

    private Disposals() {
    }

    /** One RecapDisposed message: its ids and its text, formatted like the sample file. */
    public record Disposal(UUID eventId, UUID recapId, String agency, int revision, String json) {

        /** The same recap and revision announced again under a new event id. */
        public Disposal again() {
            UUID newEventId = UUID.randomUUID();
            return new Disposal(newEventId, recapId, agency, revision, json.replace(eventId.toString(), newEventId.toString()));
        }

        public Disposal revision(int newRevision) {
            UUID newEventId = UUID.randomUUID();
            return new Disposal(newEventId, recapId, agency, newRevision, json
                    .replace(eventId.toString(), newEventId.toString())
                    .replaceFirst("(?m)^  \"revision\": \\d+,", "  \"revision\": " + newRevision + ","));
        }

        /** The same recap as disposed for another period (the top-level year and quarter). */
        public Disposal inPeriod(int year, int quarter) {
            return new Disposal(eventId, recapId, agency, revision, json
                    .replaceFirst("(?m)^  \"year\": \\d+,", "  \"year\": " + year + ",")
                    .replaceFirst("(?m)^  \"quarter\": \\d+,", "  \"quarter\": " + quarter + ","));
        }

        public String contentHash() {
            return CanonicalJson.sha256(json);
        }
    }

    public static String uniqueAgency(String purpose) {
        return purpose.toUpperCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** The sample, as a new recap of the given agency (revision 2, as in the sample). */
    public static Disposal newRecap(String agency) {
        UUID eventId = UUID.randomUUID();
        UUID recapId = UUID.randomUUID();
        String json = SAMPLE.replace(SAMPLE_EVENT_ID, eventId.toString())
                .replace(SAMPLE_RECAP_ID, recapId.toString())
                .replace("\"agencyCode\": \"DISDAGTRANS\"", "\"agencyCode\": \"" + agency + "\"");
        return new Disposal(eventId, recapId, agency, 2, json);
    }

    /** The sample with its first item repeated to {@code indicators} items, as compact JSON. */
    public static Disposal newLargeRecap(String agency, int indicators) {
        Disposal small = newRecap(agency);
        ObjectNode document = (ObjectNode) CanonicalJson.parse(small.json());
        JsonNode template = document.get("items").get(0);
        ArrayNode items = document.putArray("items");
        for (int i = 1; i <= indicators; i++) {
            ObjectNode item = template.deepCopy();
            item.put("indicatorCode", String.format("IKU-%04d", i));
            items.add(item);
        }
        return new Disposal(small.eventId(), small.recapId(), agency, small.revision(), document.toString());
    }

    public static void send(Disposal disposal) {
        TestTopics.ofTestBroker().send(RecapDisposedConsumer.TOPIC, disposal.recapId().toString(), disposal.json(),
                "RecapDisposed");
    }

    /** Sends it and waits until the archive lists it; returns the archive id. */
    public static UUID archive(Disposal disposal) {
        send(disposal);
        return awaitArchived(disposal);
    }

    public static UUID awaitArchived(Disposal disposal) {
        String token = token(Roles.AUDITOR, disposal.agency());
        return await().atMost(PATIENCE).until(() -> {
            String id = given().auth().oauth2(token).queryParam("recapId", disposal.recapId())
                    .queryParam("size", 200)
                    .get("/api/archive/records")
                    .then().statusCode(200)
                    .extract().path("items.find { it.revision == " + disposal.revision() + " }.archiveId");
            return id == null ? null : UUID.fromString(id);
        }, id -> id != null);
    }

    /** The archived record as served, numbers exact. */
    public static JsonNode fetch(String agency, UUID archiveId) {
        String body = given().auth().oauth2(token(Roles.AUDITOR, agency))
                .get("/api/archive/records/{id}", archiveId)
                .then().statusCode(200)
                .extract().asString();
        return CanonicalJson.parse(body);
    }

    public static String token(String role, String agency) {
        return DevTokens.mint(role, agency);
    }

    /** A direct connection to the service's database, as the superuser, bypassing the service. */
    public static Connection database() throws SQLException {
        return DriverManager.getConnection(
                KinerjaTestInfrastructure.postgres().jdbcUrl(KinerjaTestInfrastructure.DATABASE), "postgres", "");
    }

    /** What only a superuser can do: switch the guard off, change one row, switch it back on, in one transaction. */
    public static void behindTheTrigger(String change) throws SQLException {
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("alter table archive_record disable trigger archive_record_no_update_or_delete");
            int changed = statement.executeUpdate(change);
            if (changed != 1) {
                throw new IllegalStateException("expected to change one archived record, changed " + changed);
            }
            statement.execute("alter table archive_record enable trigger archive_record_no_update_or_delete");
            connection.commit();
        }
    }

    private static String read(String resource) {
        try (InputStream in = Disposals.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

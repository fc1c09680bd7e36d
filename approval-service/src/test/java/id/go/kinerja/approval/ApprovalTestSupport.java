package id.go.kinerja.approval;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.approval.recap.RecapMeasured;
import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.infrastructure.KinerjaTestInfrastructure;
import id.go.kinerja.infrastructure.TestTopics;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the approval tests share: one real PostgreSQL and Kafka for the whole module (registered here, once),
 * tokens per role, sending measured recaps the way measurement-service does, and reading what approval published.
 */
@QuarkusTestResource(value = KinerjaTestInfrastructure.class, restrictToAnnotatedClass = false)
public abstract class ApprovalTestSupport {

    public static final String AGENCY = "DISDAGTRANS";
    public static final String OTHER_AGENCY = "DINKES";
    /** Generous: the class's first test also waits for the consumer group to get its partitions on a busy machine. */
    public static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);
    public static final List<String> ITEMS = List.of("IKS-01", "IKS-02", "IKS-03", "IKP-02", "IKP-07", "IKU-01");

    private TestTopics topics;

    protected final UUID recapId = UUID.randomUUID();
    protected final UUID roundId = UUID.randomUUID();

    protected TestTopics topics() {
        if (topics == null) {
            topics = new TestTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        }
        return topics;
    }

    public static RequestSpecification as(String role) {
        return as(role, AGENCY);
    }

    public static RequestSpecification as(String role, String agency) {
        return given().auth().oauth2(DevTokens.mint(role, agency)).contentType(ContentType.JSON);
    }

    public static RequestSpecification secretary() {
        return as(Roles.SECRETARY);
    }

    /** Publishes a sample RecapMeasured of this test's recap, keyed by the recap id like measurement does. */
    protected String receive(String sample, int revision, int measuredRevision) {
        String json = RecapMeasuredSample.of(sample).recap(recapId, roundId).revision(revision, measuredRevision).json();
        send(json);
        return json;
    }

    protected void send(String json) {
        topics().send(RecapMeasured.TOPIC, recapId.toString(), json, RecapMeasured.EVENT_TYPE);
    }

    /** Receives a revision and waits until it is the one under review. */
    protected void receiveAndAwait(String sample, int revision, int measuredRevision) {
        receive(sample, revision, measuredRevision);
        awaitCurrent(revision, measuredRevision);
    }

    protected void awaitCurrent(int revision, int measuredRevision) {
        await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            // only the returned items, so that a recap of 2,000 indicators answers quickly
            Response response = secretary().queryParam("decision", "RETURNED").get("/api/approval/recaps/{id}", recapId);
            return response.statusCode() == 200
                    && response.path("document.revision").equals(revision)
                    && response.path("document.measuredRevision").equals(measuredRevision);
        });
    }

    /**
     * Waits until approval consumed everything sent so far for this recap: a poison message with the same key
     * lands on the same partition behind them, and shows up on the dead-letter topic once consumed.
     */
    protected void awaitConsumed() {
        String marker = "consumed-up-to-here " + UUID.randomUUID();
        topics().send(RecapMeasured.TOPIC, recapId.toString(), marker);
        if (topics().await(RecapMeasured.TOPIC + ".dlq", marker::equals, 1, EVENT_TIMEOUT).isEmpty()) {
            throw new AssertionError("approval did not consume " + RecapMeasured.TOPIC + " up to the marker");
        }
    }

    protected Response decide(String indicatorCode, int revision, String decision, String reason, String returnTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("revision", revision);
        body.put("decision", decision);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (returnTo != null) {
            body.put("returnTo", returnTo);
        }
        return secretary().body(body).put("/api/approval/recaps/{id}/items/{code}/decision", recapId, indicatorCode);
    }

    protected void accept(int revision, List<String> indicatorCodes) {
        List<Map<String, Object>> decisions = indicatorCodes.stream()
                .map(code -> Map.<String, Object>of("indicatorCode", code, "decision", "ACCEPTED"))
                .toList();
        secretary().body(Map.of("revision", revision, "decisions", decisions))
                .put("/api/approval/recaps/{id}/decisions", recapId)
                .then().statusCode(200);
    }

    protected Response approve(int revision, String note) {
        return secretary().body(Map.of("revision", revision, "note", note)).post("/api/approval/recaps/{id}/approval", recapId);
    }

    protected Response returnForCorrection(int revision, String note) {
        return secretary().body(Map.of("revision", revision, "note", note)).post("/api/approval/recaps/{id}/return", recapId);
    }

    protected Response dispose(String text) {
        return as(Roles.HEAD).body(Map.of("text", text)).post("/api/approval/recaps/{id}/disposition", recapId);
    }

    /** The one event of this recap on the topic, parsed with exact decimals. */
    protected JsonNode published(String topic, String eventType) {
        List<String> found = topics().await(topic,
                value -> value.contains(recapId.toString()) && value.contains("\"" + eventType + "\""), 1, EVENT_TIMEOUT);
        if (found.isEmpty()) {
            throw new AssertionError("no " + eventType + " of recap " + recapId + " on " + topic);
        }
        return parse(found.get(0));
    }

    protected List<String> allPublished(String topic) {
        return topics().all(topic, value -> value.contains(recapId.toString()), Duration.ofSeconds(2));
    }

    public static JsonNode parse(String json) {
        try {
            return RecapMeasuredSample.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.go.kinerja.approval.operations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.approval.ApprovalTestSupport;
import id.go.kinerja.approval.RecapMeasuredSample;
import id.go.kinerja.approval.recap.RecapArchived;
import id.go.kinerja.approval.recap.RecapMeasured;
import id.go.kinerja.approval.review.RecapApproved;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * What the operations dashboards and alerts read from approval ({@code deploy/observability}), and the request id
 * and trace that let one recap be followed from service to service.
 */
@QuarkusTest
class OperationsMetricsAndTracingTest extends ApprovalTestSupport {

    private static final String MEASURED_DLQ = RecapMeasured.TOPIC + ".dlq";
    private static final String ARCHIVED_DLQ = RecapArchived.TOPIC + ".dlq";
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-0[01]");

    @Test
    void metricsEndpointExposesEverySeriesTheDashboardsQueryForApproval() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);

        await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String metrics = metrics();
            assertThat(metrics, containsString("kinerja_outbox_backlog_events "));
            assertThat(metrics, containsString("kinerja_outbox_oldest_unsent_age_seconds "));
            assertThat(metrics, containsString("kinerja_dlq_messages_total{topic=\"" + MEASURED_DLQ + "\"}"));
            assertThat(metrics, containsString("kinerja_dlq_messages_total{topic=\"" + ARCHIVED_DLQ + "\"}"));
            assertThat(metrics, containsString("http_server_requests_seconds_bucket{"));
            assertThat(metrics, containsString("uri=\"/api/approval/recaps/{recapId}\""));
            // the per-partition records_lag follows once the binder's periodic scan (every minute) saw the partitions
            assertThat(metrics, containsString("kafka_consumer_fetch_manager_records_lag_max{client_id=\"kafka-consumer-recap-measured\""));
            assertThat(value(metrics, "kinerja_recaps{agency=\"" + AGENCY + "\",status=\"AWAITING_REVIEW\"}"),
                    greaterThanOrEqualTo(1.0));
            // every status of an agency is there, so an emptied one reads 0 rather than disappearing
            assertThat(metrics, containsString("kinerja_recaps{agency=\"" + AGENCY + "\",status=\"ARCHIVED\"}"));
        });
    }

    @Test
    void aMessageSentToTheDeadLetterTopicIsCountedForThatTopic() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        double before = value(metrics(), dlqSeries(MEASURED_DLQ));

        awaitConsumed(); // sends one message that is not an event; it ends on the dead-letter topic

        await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> value(metrics(), dlqSeries(MEASURED_DLQ)) >= before + 1);
    }

    @Test
    void theRequestIdAndTraceOfAnApprovalTravelAsHeadersOfItsEvent() {
        receiveAndAwait(RecapMeasuredSample.REVISION_1, 1, 1);
        accept(1, ITEMS);
        String requestId = "approve-" + UUID.randomUUID();

        secretary().header("X-Request-Id", requestId).body(Map.of("revision", 1, "note", "Data lengkap"))
                .post("/api/approval/recaps/{id}/approval", recapId)
                .then().statusCode(200).header("X-Request-Id", requestId);

        ConsumerRecord<String, String> approved = firstRecordOf(RecapApproved.TOPIC)
                .orElseThrow(() -> new AssertionError("no RecapApproved of recap " + recapId));
        assertEquals(requestId, header(approved, "x-request-id"));
        assertThat(header(approved, "traceparent"), matchesPattern(TRACEPARENT));
    }

    @Test
    void theConsumerContinuesTheRequestIdAndTraceOfTheEventInItsLogs() {
        String requestId = "measure-" + UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";
        List<ExtLogRecord> intakeLogs = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && ext.getFormattedMessage().contains(recapId.toString())) {
                    ext.copyMdc();
                    intakeLogs.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger intake = Logger.getLogger("id.go.kinerja.approval.recap.MeasuredRecapIntake");
        intake.addHandler(capture);
        try {
            String json = RecapMeasuredSample.of(RecapMeasuredSample.REVISION_1).recap(recapId, roundId).revision(1, 1).json();
            sendWithHeaders(json, Map.of("x-request-id", requestId, "traceparent", traceparent));
            awaitCurrent(1, 1);
            await().atMost(EVENT_TIMEOUT).until(() -> !intakeLogs.isEmpty());
        } finally {
            intake.removeHandler(capture);
        }

        ExtLogRecord awaitsReview = intakeLogs.get(0);
        assertEquals(requestId, awaitsReview.getMdc("requestId"));
        assertEquals(traceId, awaitsReview.getMdc("traceId"));
    }

    private static String metrics() {
        // the text format may end a label set with a comma: {topic="x",}
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString()
                .replace(",}", "}");
    }

    private static String dlqSeries(String topic) {
        return "kinerja_dlq_messages_total{topic=\"" + topic + "\"}";
    }

    /** The value of one series, e.g. {@code name{label="x"}}; fails when the series is not exposed. */
    private static double value(String metrics, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
        if (!line.find()) {
            throw new AssertionError(series + " not exposed");
        }
        return Double.parseDouble(line.group(1));
    }

    private void sendWithHeaders(String json, Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(RecapMeasured.TOPIC, recapId.toString(), json);
            record.headers().add("event-type", RecapMeasured.EVENT_TYPE.getBytes(StandardCharsets.UTF_8));
            headers.forEach((key, value) -> record.headers().add(key, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("could not send to " + RecapMeasured.TOPIC, e);
        }
    }

    private Optional<ConsumerRecord<String, String>> firstRecordOf(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-headers-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(EVENT_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (recapId.toString().equals(record.key())) {
                        return Optional.of(record);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String header(ConsumerRecord<String, String> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}

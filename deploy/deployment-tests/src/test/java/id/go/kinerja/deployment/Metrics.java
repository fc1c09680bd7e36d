package id.go.kinerja.deployment;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics the dashboards and alert rules may query, and the metric names a PromQL expression uses.
 * A dashboard or rule querying anything else fails the tests: a misspelt metric draws an empty panel and an alert
 * that never fires, and nobody notices.
 */
final class Metrics {

    /** Exposed today by the services (platform, Quarkus Micrometer, the Kafka client) or by Prometheus itself. */
    static final Map<String, String> EXISTING = new TreeMap<>(Map.ofEntries(
            Map.entry("kinerja_outbox_backlog_events", "platform OutboxRelay gauge"),
            Map.entry("kinerja_outbox_oldest_unsent_age_seconds", "platform OutboxRelay gauge"),
            Map.entry("http_server_requests_seconds_count",
                    "Quarkus Micrometer HTTP server timer (method, uri, status, outcome)"),
            Map.entry("http_server_requests_seconds_sum", "Quarkus Micrometer HTTP server timer"),
            Map.entry("kafka_consumer_fetch_manager_records_lag", "Kafka consumer metric via the Quarkus Micrometer "
                    + "Kafka binder (client_id, topic, partition)"),
            Map.entry("up", "Prometheus: the scrape succeeded"),
            Map.entry("probe_success", "blackbox exporter: /q/health/ready answered 2xx (job kinerja-readiness)"),
            Map.entry("http_server_requests_seconds_bucket",
                    "percentile histogram of http.server.requests (platform HttpLatencyHistogram)"),
            Map.entry("kinerja_dlq_messages_total",
                    "counter{topic}: messages a consumer sent to its dead-letter topic (platform)"),
            Map.entry("kinerja_consumer_stalled",
                    "gauge{consumer, topic}: 1 while a consumer waits for its database to take an event (platform)"),
            Map.entry("kinerja_consumer_stalled_seconds",
                    "gauge{consumer, topic}: how long a consumer has waited for its database (platform)"),
            Map.entry("kinerja_consumer_events_ignored_total",
                    "counter{event_type, reason}: events a consumer left without effect by the rules (platform)"),
            Map.entry("kinerja_recaps", "gauge{agency, status}: recaps per status (approval-service) and collection "
                    + "rounds per status (collection-service)"),
            Map.entry("kinerja_sop_steps_open", "gauge{agency, step}: SOP steps started and not finished "
                    + "(collection-service)"),
            Map.entry("kinerja_sop_steps_overdue", "gauge{agency, step}: running SOP steps past their standard time "
                    + "(collection-service)"),
            Map.entry("kinerja_sop_step_duration_seconds_bucket", "histogram{step, le}: working time SOP steps took "
                    + "(collection-service)"),
            Map.entry("kinerja_archive_chain_valid",
                    "gauge{agency}: 1 when the agency's archive hash chain verified on the last check, else 0 "
                            + "(archive-service)")));

    /**
     * Queried by the dashboards and alerts but not yet exposed by the services: each must be added (and listed in
     * deploy/observability/README.md) before its panel or alert shows anything.
     */
    static final Map<String, String> REQUIRED = new TreeMap<>(Map.of());

    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "and", "or", "unless", "bool", "offset", "inf", "nan");

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?\\w+(?::\\w+)?}?");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,");

    private Metrics() {
    }

    static boolean isKnown(String metric) {
        return EXISTING.containsKey(metric) || REQUIRED.containsKey(metric);
    }

    /** The metric names a PromQL expression (or Grafana's label_values(metric, label)) selects. */
    static Set<String> namesIn(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher labelValues = LABEL_VALUES.matcher(expression);
        if (labelValues.find()) {
            names.add(labelValues.group(1));
            return names;
        }
        String text = STRING.matcher(expression).replaceAll(" ");
        text = LABEL_MATCHERS.matcher(text).replaceAll(" ");
        text = RANGE.matcher(text).replaceAll(" ");
        text = GROUPING.matcher(text).replaceAll(" ");
        text = VARIABLE.matcher(text).replaceAll(" ");
        Matcher identifier = IDENTIFIER.matcher(text);
        while (identifier.find()) {
            String name = identifier.group();
            boolean partOfNumber = identifier.start() > 0
                    && (Character.isDigit(text.charAt(identifier.start() - 1)) || text.charAt(identifier.start() - 1) == '.');
            if (partOfNumber || KEYWORDS.contains(name.toLowerCase()) || followedByParenthesis(text, identifier.end())) {
                continue;
            }
            names.add(name);
        }
        return names;
    }

    private static boolean followedByParenthesis(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '(';
    }
}

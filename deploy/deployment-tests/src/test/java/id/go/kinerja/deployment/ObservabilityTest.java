package id.go.kinerja.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** deploy/observability: Grafana dashboards and Prometheus alert rules query metrics that exist or are required. */
class ObservabilityTest {

    private static final String RULES = "deploy/observability/prometheus/rules/kinerja-alerts.yml";
    private static final List<Path> DASHBOARDS = Repository.filesUnder("deploy/observability/grafana/dashboards")
            .stream().filter(file -> file.toString().endsWith(".json")).toList();

    @TestFactory
    Stream<DynamicTest> everyDashboardQueriesOnlyKnownMetricsThroughItsDataSourceVariable() {
        return DASHBOARDS.stream().map(file -> DynamicTest.dynamicTest(Repository.relative(file), () -> {
            JsonNode dashboard = Repository.json(file);
            assertFalse(dashboard.path("uid").asText().isEmpty(), "uid");
            assertFalse(dashboard.path("title").asText().isEmpty(), "title");
            List<String> expressions = expressions(dashboard);
            assertFalse(expressions.isEmpty(), "the dashboard queries something");
            for (String expression : expressions) {
                Set<String> metrics = Metrics.namesIn(expression);
                assertFalse(metrics.isEmpty(), "no metric found in " + expression);
                metrics.forEach(metric -> assertTrue(Metrics.isKnown(metric), Repository.relative(file) + " queries "
                        + metric + ", which neither exists nor is in Metrics.REQUIRED: " + expression));
            }
            for (JsonNode panel : panels(dashboard)) {
                for (JsonNode target : panel.path("targets")) {
                    assertEquals("${datasource}", target.path("datasource").path("uid").asText(),
                            "panel \"" + panel.path("title").asText() + "\" uses the data source variable");
                }
            }
        }));
    }

    @Test
    void dashboardsHaveDistinctUids() {
        Set<String> uids = new HashSet<>();
        DASHBOARDS.forEach(file -> assertTrue(uids.add(Repository.json(file).path("uid").asText()),
                "uid of " + Repository.relative(file) + " is used twice"));
    }

    @Test
    void theDashboardsShowWhatOperationsAskedFor() {
        Set<String> queried = new TreeSet<>();
        DASHBOARDS.forEach(file -> expressions(Repository.json(file)).forEach(e -> queried.addAll(Metrics.namesIn(e))));
        List<String> asked = List.of(
                "http_server_requests_seconds_count", // request rate and errors per service
                "http_server_requests_seconds_bucket", // latency percentiles
                "kafka_consumer_fetch_manager_records_lag", // consumer lag per group
                "kinerja_outbox_backlog_events", "kinerja_outbox_oldest_unsent_age_seconds",
                "kinerja_consumer_stalled_seconds", // a consumer holding an event while its database is down
                "kinerja_dlq_messages_total", "kinerja_recaps", "kinerja_sop_steps_open", "kinerja_sop_steps_overdue",
                "kinerja_archive_chain_valid");
        assertTrue(queried.containsAll(asked), "dashboards lack " + asked.stream().filter(m -> !queried.contains(m)).toList());
    }

    @Test
    void everyAlertRuleIsCompleteAndQueriesOnlyKnownMetrics() {
        for (Map<String, Object> rule : rules(Repository.yaml(RULES))) {
            String alert = Yamls.stringAt(rule, "alert", RULES);
            String expression = Yamls.stringAt(rule, "expr", alert);
            assertNotNull(Yamls.at(rule, "labels.severity"), alert + " severity");
            assertNotNull(Yamls.at(rule, "annotations.summary"), alert + " summary");
            assertNotNull(Yamls.at(rule, "annotations.description"), alert + " description");
            Set<String> metrics = Metrics.namesIn(expression);
            assertFalse(metrics.isEmpty(), alert + " queries no metric");
            metrics.forEach(metric -> assertTrue(Metrics.isKnown(metric), alert + " queries unknown metric " + metric));
        }
    }

    @Test
    void theAlertsOperationsAskedForExist() {
        List<Map<String, Object>> rules = rules(Repository.yaml(RULES));
        assertTrue(rules.stream().anyMatch(rule -> expr(rule).contains("kinerja_dlq_messages_total")),
                "an alert when a dead-letter topic receives a message");
        assertTrue(rules.stream().anyMatch(rule -> expr(rule).contains("kinerja_consumer_stalled")
                        && rule.get("for") == null),
                "an alert that is on for as long as a consumer waits for its database");
        assertTrue(rules.stream().anyMatch(rule -> expr(rule).contains("kinerja_outbox_oldest_unsent_age_seconds")
                        && expr(rule).replace(" ", "").endsWith(">60")),
                "an alert when the oldest unsent outbox event is older than one minute");
        assertTrue(rules.stream().anyMatch(rule -> expr(rule).contains("probe_success{job=\"kinerja-readiness\"}")
                        && "2m".equals(rule.get("for"))),
                "an alert when a service has not been ready for 2 minutes");
        assertTrue(rules.stream().anyMatch(rule -> expr(rule).contains("kinerja_sop_steps_overdue")),
                "an alert when an SOP step is overdue");
    }

    @Test
    void theKubernetesPrometheusRuleHoldsTheSameRules() {
        Map<String, Object> rule = Yamls.map(Repository.yamlDocuments(
                Repository.path("deploy/kubernetes/monitoring/prometheus-rule.yaml")).get(0), "prometheus-rule.yaml");
        assertEquals("PrometheusRule", rule.get("kind"));
        assertEquals(Repository.yaml(RULES).get("groups"), Yamls.at(rule, "spec.groups"),
                "deploy/kubernetes/monitoring/prometheus-rule.yaml must hold the groups of " + RULES);
    }

    @Test
    void everyRequiredMetricIsQueriedSomewhere() {
        Set<String> queried = new TreeSet<>();
        DASHBOARDS.forEach(file -> expressions(Repository.json(file)).forEach(e -> queried.addAll(Metrics.namesIn(e))));
        rules(Repository.yaml(RULES)).forEach(rule -> queried.addAll(Metrics.namesIn(expr(rule))));
        for (String metric : Metrics.REQUIRED.keySet()) {
            assertTrue(queried.contains(metric), metric + " is required but nothing queries it: drop it from the list");
        }
        String readme = Repository.read("deploy/observability/README.md");
        for (String metric : Metrics.REQUIRED.keySet()) {
            assertTrue(readme.contains("`" + metric + "`"), "deploy/observability/README.md lists required metric " + metric);
        }
    }

    @Test
    void grafanaIsProvisionedWhereComposeMountsTheDashboards() {
        Map<String, Object> provider = Yamls.map(Yamls.listAt(
                Repository.yaml("deploy/observability/grafana/provisioning/dashboards/kinerja.yml"), "providers",
                "dashboard provider").get(0), "provider");
        String path = Yamls.stringAt(provider, "options.path", "dashboard provider");
        assertTrue(Repository.read("deploy/compose/compose.yaml")
                .contains("../observability/grafana/dashboards:" + path + ":ro"), "Compose mounts the dashboards at " + path);
        Map<String, Object> datasource = Yamls.map(Yamls.listAt(
                Repository.yaml("deploy/observability/grafana/provisioning/datasources/prometheus.yml"), "datasources",
                "datasources").get(0), "datasource");
        assertEquals("http://prometheus:9090", datasource.get("url"));
    }

    @Test
    void promqlMetricNamesAreFoundInsideFunctionsAggregationsAndSelectors() {
        assertEquals(Set.of("http_server_requests_seconds_bucket"), Metrics.namesIn(
                "histogram_quantile(0.95, sum by (service, le) (rate(http_server_requests_seconds_bucket"
                        + "{service=~\"$service\", uri!~\"/q/.*\"}[$__rate_interval])))"));
        assertEquals(Set.of("a_total", "b_total"), Metrics.namesIn(
                "sum by (service) (rate(a_total{status=~\"5..\"}[5m])) / on (service) sum(rate(b_total[5m])) > 0.05"));
        assertEquals(Set.of("kinerja_outbox_backlog_events"),
                Metrics.namesIn("label_values(kinerja_outbox_backlog_events, service)"));
        assertEquals(Set.of("up"), Metrics.namesIn("up{job=~\"(collection|archive)-service\"} == 0"));
    }

    private static String expr(Map<String, Object> rule) {
        return String.valueOf(rule.get("expr")).strip();
    }

    private static List<Map<String, Object>> rules(Map<String, Object> file) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Object group : Yamls.listAt(file, "groups", RULES)) {
            for (Object rule : Yamls.listAt(group, "rules", RULES + " group")) {
                rules.add(Yamls.map(rule, "rule"));
            }
        }
        assertFalse(rules.isEmpty(), "no alert rules");
        return rules;
    }

    /** Every panel, also those nested in collapsed rows. */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    /** The PromQL of every panel target and every query variable. */
    private static List<String> expressions(JsonNode dashboard) {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : panels(dashboard)) {
            panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if ("query".equals(variable.path("type").asText())) {
                JsonNode query = variable.path("query");
                expressions.add(query.isObject() ? query.path("query").asText() : query.asText());
            }
        }
        return expressions;
    }
}

package id.go.kinerja.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.deployment.Services.Service;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Trace export (deploy/README.md, "Tracing"): the quarkus.otel keys the services set exist, and the optional
 * collectors of Compose (profile "tracing") and Kubernetes (component components/tracing) are where the services'
 * OTLP endpoint points.
 */
class TracingTest {

    private static final String ENDPOINT = "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";
    private static final String RATIO = "KINERJA_TRACE_SAMPLE_RATIO";
    private static final Path COMPONENT = Repository.path("deploy/kubernetes/components/tracing");
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{(\\w+):-([^}]*)}");

    @Test
    void everyQuarkusOtelKeyThePlatformOrAServiceSetsIsOneTheExtensionDeclares() {
        List<String> files = new ArrayList<>(List.of(Services.PLATFORM_PROPERTIES));
        Services.all().forEach(service -> files.add(service.name() + "/src/main/resources/application.properties"));
        int checked = 0;
        for (String file : files) {
            for (String key : properties(file).stringPropertyNames()) {
                String name = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
                if (name.startsWith("quarkus.otel.")) {
                    assertNotNull(QuarkusConfig.named(name), file + " sets " + key + ", which quarkus-opentelemetry does not declare");
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "the platform configures the sampler");
        assertEquals("${" + RATIO + ":0}", properties(Services.PLATFORM_PROPERTIES).getProperty("quarkus.otel.traces.sampler.arg"),
                "the sampled share comes from " + RATIO + ", none by default");
    }

    @Test
    void composeSendsTracesToTheJaegerOfProfileTracingAndSamplesNoneUnlessAsked() {
        Map<String, Object> services = Yamls.mapAt(Repository.yaml("deploy/compose/compose.yaml"), "services", "compose.yaml");
        Map<String, Object> jaeger = Yamls.map(services.get("jaeger"), "compose service jaeger");
        assertEquals(List.of("tracing"), jaeger.get("profiles"), "Jaeger runs only with --profile tracing");
        assertEquals("true", Yamls.environment(jaeger.get("environment"), "jaeger").get("COLLECTOR_OTLP_ENABLED"),
                "Jaeger takes OTLP");
        for (Service service : Services.all()) {
            Map<String, String> environment = Yamls.environment(
                    Yamls.map(services.get(service.name()), service.name()).get("environment"), service.name());
            Matcher endpoint = DEFAULTED.matcher(environment.getOrDefault(ENDPOINT, ""));
            assertTrue(endpoint.matches(), service.name() + " " + ENDPOINT + " from .env with a default");
            URI collector = URI.create(endpoint.group(2));
            assertEquals("jaeger", collector.getHost(), service.name() + " sends to the Compose service jaeger");
            assertEquals(4317, collector.getPort(), "OTLP over gRPC, the protocol Quarkus uses by default");
            Matcher ratio = DEFAULTED.matcher(environment.getOrDefault(RATIO, ""));
            assertTrue(ratio.matches() && ratio.group(1).equals(RATIO), service.name() + " " + RATIO + " from .env");
            assertEquals("0", ratio.group(2), service.name() + " samples nothing unless .env says so");
        }
    }

    @Test
    void theKubernetesComponentAddsACollectorAndPointsEveryServiceAtIt() throws Exception {
        Path overlay = Repository.path("deploy/deployment-tests/target/tracing-overlay");
        Files.createDirectories(overlay);
        Files.writeString(overlay.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: kinerja
                resources:
                  - ../../../kubernetes/overlays/production
                components:
                  - ../../../kubernetes/components/tracing
                """);
        List<Map<String, Object>> rendered = KubernetesTest.render(overlay);

        Map<String, Set<String>> configMaps = new HashMap<>();
        Map<String, String> shared = null;
        for (Map<String, Object> configMap : Kustomizations.ofKind(rendered, "ConfigMap")) {
            String name = Yamls.stringAt(configMap, "metadata.name", "ConfigMap");
            Map<String, Object> data = Yamls.mapAt(configMap, "data", name);
            configMaps.put(name, data.keySet());
            if (name.startsWith("kinerja-config-")) {
                shared = new HashMap<>();
                for (Map.Entry<String, Object> entry : data.entrySet()) {
                    shared.put(entry.getKey(), String.valueOf(entry.getValue()));
                }
            }
        }
        assertNotNull(shared, "the rendered kinerja-config");
        BigDecimal ratio = new BigDecimal(shared.get(RATIO));
        assertTrue(ratio.signum() > 0 && ratio.compareTo(BigDecimal.ONE) <= 0, RATIO + " in (0, 1]: " + ratio);

        URI endpoint = URI.create(shared.get(ENDPOINT));
        Map<String, Object> service = Kustomizations.named(rendered, "Service", endpoint.getHost());
        Map<String, Object> port = Yamls.map(Yamls.listAt(service, "spec.ports", "Service").get(0), "Service port");
        assertEquals(endpoint.getPort(), port.get("port"), ENDPOINT + " names the collector Service's port");
        Map<String, Object> collector = Kustomizations.named(rendered, "Deployment", endpoint.getHost());
        Map<String, Object> container = Yamls.map(Yamls.listAt(collector, "spec.template.spec.containers", "collector").get(0),
                "collector container");
        assertTrue(Yamls.listAt(container, "ports", "collector").stream().map(p -> Yamls.map(p, "collector port"))
                        .anyMatch(p -> p.get("name").equals(port.get("targetPort")) && p.get("containerPort").equals(4317)),
                "the Service reaches the collector's OTLP/gRPC port 4317");
        for (String probe : List.of("livenessProbe", "readinessProbe")) {
            assertNotNull(Yamls.at(container, probe + ".httpGet.port"), "collector " + probe);
        }
        assertNotNull(Yamls.at(container, "resources.limits.memory"), "collector memory limit");
        assertEquals("kinerja", Yamls.at(collector, "metadata.namespace"), "the collector lives beside the services");
        Map<String, Object> receiver = Yamls.mapAt(Repository.yaml(Repository.relative(
                COMPONENT.resolve("otel-collector-config.yaml"))), "receivers.otlp.protocols.grpc", "collector config");
        assertTrue(String.valueOf(receiver.get("endpoint")).endsWith(":4317"), "the collector listens on 4317");

        for (Service kinerja : Services.all()) {
            Map<String, Object> deployment = Kustomizations.named(rendered, "Deployment", kinerja.name());
            assertEquals(kinerja.environment().keySet(), KubernetesTest.environment(deployment, configMaps, kinerja),
                    kinerja.name() + " with tracing: what it reads, plus recognised Quarkus variables");
        }
    }

    private static Properties properties(String file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repository.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

package id.go.kinerja.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.kinerja.deployment.Services.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/** deploy/kubernetes: the base as written, and the overlays as kustomize renders them (where kubectl is installed). */
class KubernetesTest {

    private static final Path KUBERNETES = Repository.path("deploy/kubernetes");
    private static final Path BASE = KUBERNETES.resolve("base");
    private static final List<Path> OVERLAYS = List.of(KUBERNETES.resolve("overlays/single-node"),
            KUBERNETES.resolve("overlays/production"));
    private static final List<Map<String, Object>> BASE_RESOURCES = Kustomizations.resources(BASE);
    private static final Map<String, Set<String>> SECRET_KEYS = secretKeys();

    @TestFactory
    Stream<DynamicContainer> theBaseDeploysEveryServiceCompletely() {
        return Services.all().stream().map(service -> DynamicContainer.dynamicContainer(service.name(), Stream.of(
                DynamicTest.dynamicTest("probes, port and resource limits", () ->
                        assertContainerComplete(Kustomizations.named(BASE_RESOURCES, "Deployment", service.name()), service)),
                DynamicTest.dynamicTest("exactly the environment variables it reads", () ->
                        assertEquals(service.environment().keySet(), environment(
                                Kustomizations.named(BASE_RESOURCES, "Deployment", service.name()),
                                Kustomizations.generatedConfigMaps(BASE), service),
                                service.name() + ": expected what application.properties reads, but the deployment sets")),
                DynamicTest.dynamicTest("its own database", () -> assertTrue(
                        Kustomizations.generatedConfigMapValues(BASE).get(service.name() + "-config").get("KINERJA_DB_URL")
                                .contains(":5432/" + service.database()),
                        service.name() + " connects to database " + service.database())),
                DynamicTest.dynamicTest("Service, PodDisruptionBudget and HorizontalPodAutoscaler", () ->
                        assertServicePdbAndHpa(BASE_RESOURCES, service)),
                DynamicTest.dynamicTest("Ingress route " + service.pathPrefix(), () ->
                        assertIngressRoute(BASE_RESOURCES, service)))));
    }

    @Test
    void secretsAreOnlyExamplesWithPlaceholderValues() throws IOException {
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            for (Path kustomization : files.filter(file -> file.endsWith("kustomization.yaml")).toList()) {
                Object resources = Kustomizations.kustomization(kustomization.getParent()).get("resources");
                assertFalse(String.valueOf(resources).contains("secrets.example.yaml"),
                        Repository.relative(kustomization) + " must not apply the example Secrets over real ones");
            }
        }
        for (Object document : Repository.yamlDocuments(BASE.resolve("secrets.example.yaml"))) {
            Map<String, Object> secret = Yamls.map(document, "secrets.example.yaml");
            Yamls.mapAt(secret, "stringData", "secret").forEach((key, value) -> {
                if (key.contains("PASSWORD")) {
                    assertEquals("CHANGE_ME", value, key + " of " + Yamls.at(secret, "metadata.name") + " is a placeholder");
                }
            });
        }
        assertTrue(BASE_RESOURCES.stream().noneMatch(document -> "Secret".equals(document.get("kind"))),
                "the base holds no Secret");
    }

    @Test
    void theHorizontalAutoscalerNeverExceedsThePartitionsAServiceConsumes() {
        Map<String, Integer> partitions = new HashMap<>();
        Kustomizations.ofKind(Kustomizations.resources(KUBERNETES.resolve("kafka-topics")), "KafkaTopic").forEach(topic ->
                partitions.put(Yamls.stringAt(topic, "spec.topicName", "KafkaTopic"),
                        ((Number) Yamls.at(topic, "spec.partitions")).intValue()));
        for (Service service : Services.all()) {
            int maxReplicas = ((Number) Yamls.at(
                    Kustomizations.named(BASE_RESOURCES, "HorizontalPodAutoscaler", service.name()), "spec.maxReplicas")).intValue();
            for (String topic : service.consumedTopics()) {
                assertNotNull(partitions.get(topic), "no KafkaTopic for " + topic);
                assertTrue(maxReplicas <= partitions.get(topic), service.name() + " may scale to " + maxReplicas
                        + " replicas but " + topic + " has " + partitions.get(topic) + " partitions: the rest would idle");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFileAnOverlayNamesExists() {
        return OVERLAYS.stream().map(overlay -> DynamicTest.dynamicTest(overlay.getFileName().toString(), () -> {
            Map<String, Object> kustomization = Kustomizations.kustomization(overlay);
            List<Object> references = new ArrayList<>(Yamls.list(kustomization.get("resources"), "resources"));
            Object patches = kustomization.get("patches");
            if (patches != null) {
                Yamls.list(patches, "patches").stream().map(patch -> Yamls.map(patch, "patch").get("path"))
                        .filter(path -> path != null).forEach(references::add);
            }
            for (Object reference : references) {
                assertTrue(Files.exists(overlay.resolve(String.valueOf(reference))),
                        Repository.relative(overlay) + " names " + reference + ", which does not exist");
            }
        }));
    }

    @TestFactory
    Stream<DynamicContainer> everyOverlayRendersEveryServiceCompletely() {
        return OVERLAYS.stream().map(overlay -> DynamicContainer.dynamicContainer(overlay.getFileName().toString(),
                Services.all().stream().map(service -> DynamicTest.dynamicTest(service.name(), () -> {
                    List<Map<String, Object>> rendered = render(overlay);
                    Map<String, Object> deployment = Kustomizations.named(rendered, "Deployment", service.name());
                    assertContainerComplete(deployment, service);
                    Map<String, Set<String>> configMaps = new HashMap<>();
                    Kustomizations.ofKind(rendered, "ConfigMap").forEach(configMap -> configMaps.put(
                            Yamls.stringAt(configMap, "metadata.name", "ConfigMap"),
                            Yamls.mapAt(configMap, "data", "ConfigMap").keySet()));
                    assertEquals(service.environment().keySet(), environment(deployment, configMaps, service),
                            service.name() + " in " + overlay.getFileName());
                    assertServicePdbAndHpa(rendered, service);
                    assertIngressRoute(rendered, service);
                    for (Map<String, Object> resource : rendered) {
                        if (!"Namespace".equals(resource.get("kind"))) {
                            assertEquals("kinerja", Yamls.at(resource, "metadata.namespace"),
                                    resource.get("kind") + " " + Yamls.at(resource, "metadata.name") + " namespace");
                        }
                    }
                }))));
    }

    static void assertContainerComplete(Map<String, Object> deployment, Service service) {
        String where = "Deployment " + service.name();
        List<Object> containers = Yamls.listAt(deployment, "spec.template.spec.containers", where);
        assertEquals(1, containers.size(), where + " has one container");
        Map<String, Object> container = Yamls.map(containers.get(0), where + " container");
        Map<String, Object> port = Yamls.map(Yamls.listAt(container, "ports", where).get(0), where + " port");
        assertEquals(service.port(), port.get("containerPort"), where + " container port");
        assertProbe(container, "livenessProbe", "/q/health/live", port, where);
        assertProbe(container, "readinessProbe", "/q/health/ready", port, where);
        for (String kind : List.of("requests", "limits")) {
            Map<String, Object> resources = Yamls.mapAt(container, "resources." + kind, where);
            assertNotNull(resources.get("cpu"), where + " resources." + kind + ".cpu");
            assertNotNull(resources.get("memory"), where + " resources." + kind + ".memory");
        }
        assertTrue(String.valueOf(container.get("image")).contains("e-kinerja/" + service.name()), where + " image");
    }

    private static void assertProbe(Map<String, Object> container, String probe, String path, Map<String, Object> port,
                                    String where) {
        assertEquals(path, Yamls.at(container, probe + ".httpGet.path"), where + " " + probe + " path");
        Object probePort = Yamls.at(container, probe + ".httpGet.port");
        assertTrue(probePort.equals(port.get("name")) || probePort.equals(port.get("containerPort")),
                where + " " + probe + " asks the service's own port, not " + probePort);
    }

    /** The variables a Deployment's container gets, from env and envFrom (ConfigMaps given, Secrets from the example). */
    static Set<String> environment(Map<String, Object> deployment, Map<String, Set<String>> configMaps,
                                           Service service) {
        String where = "Deployment " + service.name();
        Map<String, Object> container = Yamls.map(Yamls.listAt(deployment, "spec.template.spec.containers", where).get(0),
                where);
        Set<String> variables = new TreeSet<>();
        Object env = container.get("env");
        if (env != null) {
            Yamls.list(env, where + " env").forEach(entry -> variables.add(String.valueOf(Yamls.map(entry, "env").get("name"))));
        }
        for (Object source : Yamls.list(container.get("envFrom"), where + " envFrom")) {
            Map<String, Object> from = Yamls.map(source, "envFrom");
            if (from.containsKey("configMapRef")) {
                String name = Yamls.stringAt(from, "configMapRef.name", where);
                assertTrue(configMaps.containsKey(name), where + " reads ConfigMap " + name + ", which is not defined");
                variables.addAll(configMaps.get(name));
            } else {
                String name = Yamls.stringAt(from, "secretRef.name", where);
                assertTrue(SECRET_KEYS.containsKey(name), where + " reads Secret " + name
                        + ", which secrets.example.yaml does not show");
                variables.addAll(SECRET_KEYS.get(name));
            }
        }
        return Services.readByTheService(variables, where);
    }

    static void assertServicePdbAndHpa(List<Map<String, Object>> resources, Service service) {
        Map<String, Object> podLabels = Yamls.mapAt(Kustomizations.named(resources, "Deployment", service.name()),
                "spec.template.metadata.labels", service.name());
        Map<String, Object> kubernetesService = Kustomizations.named(resources, "Service", service.name());
        assertTrue(podLabels.entrySet().containsAll(Yamls.mapAt(kubernetesService, "spec.selector", "Service").entrySet()),
                "Service " + service.name() + " selects the pods");
        assertEquals(service.port(), Yamls.map(Yamls.listAt(kubernetesService, "spec.ports", "Service").get(0), "port")
                .get("port"), "Service " + service.name() + " port");
        Map<String, Object> budget = Kustomizations.named(resources, "PodDisruptionBudget", service.name());
        assertTrue(podLabels.entrySet().containsAll(
                        Yamls.mapAt(budget, "spec.selector.matchLabels", "PodDisruptionBudget").entrySet()),
                "PodDisruptionBudget " + service.name() + " selects the pods");
        Map<String, Object> autoscaler = Kustomizations.named(resources, "HorizontalPodAutoscaler", service.name());
        assertEquals("Deployment", Yamls.at(autoscaler, "spec.scaleTargetRef.kind"));
        assertEquals(service.name(), Yamls.at(autoscaler, "spec.scaleTargetRef.name"));
        int min = ((Number) Yamls.at(autoscaler, "spec.minReplicas")).intValue();
        int max = ((Number) Yamls.at(autoscaler, "spec.maxReplicas")).intValue();
        assertTrue(1 <= min && min <= max, service.name() + " autoscaler " + min + ".." + max);
    }

    private static void assertIngressRoute(List<Map<String, Object>> resources, Service service) {
        List<Map<String, Object>> ingresses = Kustomizations.ofKind(resources, "Ingress");
        assertEquals(1, ingresses.size(), "one Ingress");
        boolean routed = false;
        for (Object rule : Yamls.listAt(ingresses.get(0), "spec.rules", "Ingress")) {
            for (Object path : Yamls.listAt(rule, "http.paths", "Ingress rule")) {
                if (service.pathPrefix().equals(Yamls.at(path, "path"))) {
                    assertEquals("Prefix", Yamls.at(path, "pathType"), service.pathPrefix() + " pathType");
                    assertEquals(service.name(), Yamls.at(path, "backend.service.name"), service.pathPrefix() + " backend");
                    Object port = Yamls.at(path, "backend.service.port.name");
                    assertTrue("http".equals(port) || Integer.valueOf(service.port()).equals(
                            Yamls.at(path, "backend.service.port.number")), service.pathPrefix() + " backend port");
                    routed = true;
                }
            }
        }
        assertTrue(routed, "the Ingress routes " + service.pathPrefix());
    }

    private static Map<String, Set<String>> secretKeys() {
        Map<String, Set<String>> secrets = new HashMap<>();
        for (Object document : Repository.yamlDocuments(BASE.resolve("secrets.example.yaml"))) {
            Map<String, Object> secret = Yamls.map(document, "secrets.example.yaml");
            secrets.put(Yamls.stringAt(secret, "metadata.name", "Secret"),
                    new TreeSet<>(Yamls.mapAt(secret, "stringData", "Secret").keySet()));
        }
        return secrets;
    }

    private static final Map<Path, List<Map<String, Object>>> RENDERED = new HashMap<>();

    /** kubectl kustomize, once per overlay; the test is skipped where kubectl is not installed. */
    static synchronized List<Map<String, Object>> render(Path overlay) throws IOException, InterruptedException {
        List<Map<String, Object>> cached = RENDERED.get(overlay);
        if (cached != null) {
            return cached;
        }
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(false).start();
        } catch (IOException notInstalled) {
            assumeTrue(false, "kubectl is not installed: overlays checked as written only");
            throw notInstalled;
        }
        byte[] output = process.getInputStream().readAllBytes();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
        assertEquals(0, process.exitValue(), "kubectl kustomize " + Repository.relative(overlay) + " failed: " + errors);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(new String(output, StandardCharsets.UTF_8))) {
            if (document != null) {
                documents.add(Yamls.map(document, "rendered " + overlay.getFileName()));
            }
        }
        RENDERED.put(overlay, documents);
        return documents;
    }
}

package id.go.kinerja.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.deployment.Services.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web application ({@code web/}) in Compose and Kubernetes: its image and probes, exactly the variables its
 * {@code application.properties} reads, the services' addresses, the route {@code /} to it while {@code /api/...} goes
 * to the services, and the realm's client {@code kinerja-web} accepting the public address as redirect URI.
 */
class WebDeploymentTest {

    private static final Service WEB = Services.web();
    private static final String SERVICE_URL_VARIABLE = "KINERJA_%s_URL";
    private static final Set<String> SECRETS = Set.of("KINERJA_OIDC_CLIENT_SECRET", "KINERJA_OIDC_STATE_SECRET",
            "KINERJA_OIDC_SESSION_SECRET");
    private static final Path BASE = Repository.path("deploy/kubernetes/base");

    @Test
    void theWebApplicationReadsTheServicesAddressesAndItsSignInSettings() {
        Set<String> expected = new TreeSet<>(SECRETS);
        Services.all().forEach(service -> expected.add(serviceUrlVariable(service)));
        expected.addAll(Set.of("KINERJA_OIDC_URL", "KINERJA_OIDC_CLIENT_ID"));
        assertTrue(WEB.environment().keySet().containsAll(expected),
                "web/application.properties reads " + expected + ", the deployments set them: " + WEB.environment().keySet());
        assertEquals(8080, WEB.port());
    }

    @Test
    void composeRunsItsImageWithHealthcheckAndExactlyTheVariablesItReads() {
        Map<String, Object> web = Yamls.mapAt(Repository.yaml("deploy/compose/compose.yaml"), "services.web", "compose.yaml");
        assertEquals("e-kinerja/web:${KINERJA_VERSION:-0.1.0}", web.get("image"));
        String healthcheck = String.join(" ", Yamls.listAt(web, "healthcheck.test", "web").stream().map(String::valueOf).toList());
        assertTrue(healthcheck.contains("/kinerja/healthcheck.sh") && healthcheck.endsWith(" " + WEB.port()), healthcheck);
        Map<String, String> environment = Yamls.environment(web.get("environment"), "web environment");
        assertEquals(WEB.environment().keySet(), Services.readByTheService(environment.keySet(), "compose.yaml web"),
                "web: expected what application.properties reads, but compose.yaml sets");
        for (Service service : Services.all()) {
            assertEquals("http://" + service.name() + ":" + service.port(), environment.get(serviceUrlVariable(service)),
                    "web calls " + service.name() + " inside the Compose network");
        }
        for (String secret : SECRETS) {
            assertTrue(environment.get(secret).startsWith("${"), secret + " comes from .env, not from compose.yaml");
        }
    }

    @Test
    void nginxSendsEveryOtherPathToTheWebApplication() {
        String config = Repository.read("deploy/compose/nginx/nginx.conf");
        Matcher upstream = Pattern.compile("upstream\\s+web\\s*\\{[^}]*?server\\s+([\\w.-]+:\\d+)").matcher(config);
        assertTrue(upstream.find(), "nginx.conf has upstream web");
        assertEquals("web:" + WEB.port(), upstream.group(1));
        assertTrue(Pattern.compile("location\\s+/\\s*\\{\\s*proxy_pass\\s+http://web;").matcher(config).find(),
                "nginx.conf sends / to the web application");
    }

    @Test
    void theKubernetesBaseDeploysTheWebApplicationCompletely() {
        List<Map<String, Object>> resources = Kustomizations.resources(BASE);
        assertDeployed(resources, Kustomizations.generatedConfigMaps(BASE));
        Map<String, String> config = Kustomizations.generatedConfigMapValues(BASE).get("web-config");
        for (Service service : Services.all()) {
            assertEquals("http://" + service.name() + ":" + service.port(), config.get(serviceUrlVariable(service)),
                    "web calls the Kubernetes Service " + service.name());
        }
    }

    @Test
    void everyOverlayRendersTheWebApplicationCompletely() throws IOException, InterruptedException {
        for (String overlay : List.of("single-node", "production")) {
            List<Map<String, Object>> rendered = KubernetesTest.render(Repository.path("deploy/kubernetes/overlays/" + overlay));
            Map<String, Set<String>> configMaps = new HashMap<>();
            Kustomizations.ofKind(rendered, "ConfigMap").forEach(configMap -> configMaps.put(
                    Yamls.stringAt(configMap, "metadata.name", "ConfigMap"), Yamls.mapAt(configMap, "data", "ConfigMap").keySet()));
            assertDeployed(rendered, configMaps);
        }
    }

    /** Both addresses the deployments show as examples are redirect URIs of the realm's client kinerja-web. */
    @Test
    void theRealmsWebClientAcceptsThePublicAddressOfComposeAndKubernetes() throws IOException {
        Set<String> redirectUris = new TreeSet<>();
        for (JsonNode client : Repository.json("deploy/identity/kinerja-realm.json").path("clients")) {
            if ("kinerja-web".equals(client.path("clientId").asText())) {
                client.path("redirectUris").forEach(uri -> redirectUris.add(uri.asText()));
            }
        }
        Properties env = new Properties();
        env.load(Files.newBufferedReader(Repository.path("deploy/compose/.env.example")));
        assertTrue(redirectUris.contains(env.getProperty("KINERJA_PUBLIC_URL") + "/*"), "Compose: " + redirectUris);
        Object host = Yamls.at(Yamls.listAt(Kustomizations.named(Kustomizations.resources(BASE), "Ingress", "e-kinerja"),
                "spec.rules", "Ingress").get(0), "host");
        assertTrue(redirectUris.contains("https://" + host + "/*"), "Kubernetes: " + redirectUris);
    }

    private static void assertDeployed(List<Map<String, Object>> resources, Map<String, Set<String>> configMaps) {
        Map<String, Object> deployment = Kustomizations.named(resources, "Deployment", WEB.name());
        KubernetesTest.assertContainerComplete(deployment, WEB);
        assertEquals(WEB.environment().keySet(), KubernetesTest.environment(deployment, configMaps, WEB),
                "web: expected what application.properties reads, but the Deployment sets");
        KubernetesTest.assertServicePdbAndHpa(resources, WEB);
        Map<String, String> routes = new HashMap<>();
        Map<String, Object> ingress = Kustomizations.ofKind(resources, "Ingress").get(0);
        for (Object rule : Yamls.listAt(ingress, "spec.rules", "Ingress")) {
            for (Object path : Yamls.listAt(rule, "http.paths", "Ingress rule")) {
                routes.put(String.valueOf(Yamls.at(path, "path")), String.valueOf(Yamls.at(path, "backend.service.name")));
            }
        }
        assertEquals(WEB.name(), routes.get("/"), "the Ingress sends / to the web application");
        for (Service service : Services.all()) {
            assertEquals(service.name(), routes.get(service.pathPrefix()), service.pathPrefix() + " still goes to its service");
        }
    }

    private static String serviceUrlVariable(Service service) {
        return String.format(SERVICE_URL_VARIABLE, service.pathPrefix().substring("/api/".length()).toUpperCase());
    }
}

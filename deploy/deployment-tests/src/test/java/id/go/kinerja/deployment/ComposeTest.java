package id.go.kinerja.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.deployment.Services.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** deploy/compose: the one-server installation against what the services read and need. */
class ComposeTest {

    private static final String FOLDER = "deploy/compose/";
    private static final Map<String, Object> COMPOSE = Repository.yaml(FOLDER + "compose.yaml");
    private static final Map<String, Object> SERVICES = Yamls.mapAt(COMPOSE, "services", "compose.yaml");

    /** ${VAR}, ${VAR:?error}, ${VAR?error} are required from .env; ${VAR:-default} and ${VAR-default} are not. */
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])[^}]*)?}");

    @TestFactory
    Stream<DynamicTest> everyKinerjaServiceRunsItsImageWithHealthcheckRestartAndLimits() {
        return Services.all().stream().map(service -> DynamicTest.dynamicTest(service.name(), () -> {
            Map<String, Object> definition = composeService(service.name());
            assertEquals("e-kinerja/" + service.name() + ":${KINERJA_VERSION:-0.1.0}", definition.get("image"),
                    service.name() + " runs the image the Maven build makes");
            String healthcheck = String.join(" ", Yamls.listAt(definition, "healthcheck.test", service.name())
                    .stream().map(String::valueOf).toList());
            assertTrue(healthcheck.contains("/kinerja/healthcheck.sh") && healthcheck.endsWith(" " + service.port()),
                    service.name() + " healthcheck should run healthcheck.sh on port " + service.port() + ": " + healthcheck);
            assertTrue(Yamls.list(definition.get("volumes"), service.name() + " volumes")
                            .contains("./healthcheck.sh:/kinerja/healthcheck.sh:ro"),
                    service.name() + " mounts healthcheck.sh");
            Map<String, Object> dependsOn = Yamls.mapAt(definition, "depends_on", service.name());
            assertEquals("service_healthy", Yamls.at(dependsOn, "postgres.condition"), service.name() + " waits for postgres");
            assertEquals("service_completed_successfully", Yamls.at(dependsOn, "kafka-init.condition"),
                    service.name() + " waits until its topics exist");
        }));
    }

    @Test
    void theHealthcheckScriptAsksForLivenessAndReadiness() {
        String script = Repository.read(FOLDER + "healthcheck.sh");
        assertTrue(script.contains("for probe in live ready"), "healthcheck.sh checks /q/health/live and /q/health/ready");
        assertTrue(script.contains("/q/health/%s"), "healthcheck.sh requests /q/health/<probe>");
    }

    @TestFactory
    Stream<DynamicTest> everyContainerHasARestartPolicyMemoryAndCpuLimitsAndAHealthcheck() {
        return SERVICES.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Map<String, Object> definition = composeService(name);
            Map<String, Object> limits = Yamls.mapAt(definition, "deploy.resources.limits", name);
            assertNotNull(limits.get("memory"), name + " has a memory limit");
            assertNotNull(limits.get("cpus"), name + " has a CPU limit");
            assertNotNull(definition.get("restart"), name + " has a restart policy");
            if ("no".equals(definition.get("restart"))) {
                assertTrue(String.valueOf(definition.get("entrypoint")).contains("create-topics.sh"),
                        "only the one-shot topic creation does not restart: " + name);
            } else {
                assertNotNull(Yamls.at(definition, "healthcheck.test"), name + " has a healthcheck");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyServiceGetsExactlyTheEnvironmentVariablesItReads() {
        return Services.all().stream().map(service -> DynamicTest.dynamicTest(service.name(), () -> {
            Map<String, String> environment = Yamls.environment(composeService(service.name()).get("environment"),
                    service.name() + " environment");
            assertEquals(service.environment().keySet(), readByTheService(environment.keySet(), service.name()),
                    service.name() + ": expected what application.properties reads, but the deployment sets");
            assertTrue(environment.get("KINERJA_DB_URL").endsWith(":5432/" + service.database()),
                    service.name() + " connects to its own database " + service.database());
            assertTrue(environment.get("KINERJA_DB_PASSWORD").startsWith("${"),
                    service.name() + "'s database password comes from .env, not from compose.yaml");
            String kafkaHost = environment.get("KAFKA_BOOTSTRAP_SERVERS").split(":")[0];
            assertTrue(SERVICES.containsKey(kafkaHost), "KAFKA_BOOTSTRAP_SERVERS names the Compose service " + kafkaHost);
        }));
    }

    @Test
    void postgresCreatesOneDatabasePerService() {
        String script = Repository.read(FOLDER + "postgres-init/01-databases.sh");
        for (Service service : Services.all()) {
            String password = service.database().toUpperCase() + "_DB_PASSWORD";
            assertTrue(script.contains("create_database " + service.database() + " \"$" + password + "\""),
                    "postgres-init creates database " + service.database());
            assertTrue(Yamls.environment(composeService("postgres").get("environment"), "postgres").containsKey(password),
                    "postgres gets " + password + " for the init script");
        }
    }

    @Test
    void everyRequiredVariableIsInEnvExampleAndEnvExampleHasNoOthers() {
        String compose = Repository.read(FOLDER + "compose.yaml");
        Set<String> required = new TreeSet<>();
        Set<String> referenced = new TreeSet<>();
        Matcher interpolation = INTERPOLATION.matcher(compose);
        while (interpolation.find()) {
            referenced.add(interpolation.group(1));
            String operator = interpolation.group(2);
            if (operator == null || operator.endsWith("?")) {
                required.add(interpolation.group(1));
            }
        }
        Set<String> example = envExample().stringPropertyNames();
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(example);
        assertTrue(missing.isEmpty(), ".env.example lacks " + missing);
        Set<String> unused = new TreeSet<>(example);
        unused.removeAll(referenced);
        assertTrue(unused.isEmpty(), ".env.example sets variables compose.yaml never uses: " + unused);
    }

    @Test
    void theRealEnvFileIsIgnoredByGit() {
        assertTrue(Repository.read(".gitignore").lines().anyMatch("deploy/compose/.env"::equals),
                ".gitignore lists deploy/compose/.env");
    }

    @Test
    void everyBindMountedFileExists() {
        for (String name : SERVICES.keySet()) {
            Object volumes = composeService(name).get("volumes");
            if (volumes == null) {
                continue;
            }
            for (Object volume : Yamls.list(volumes, name + " volumes")) {
                String source = String.valueOf(volume).split(":")[0];
                if (source.startsWith(".")) {
                    Path path = Repository.path(FOLDER).resolve(source).normalize();
                    assertTrue(Files.exists(path), name + " mounts " + source + ", which does not exist");
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> nginxRoutesEachPathPrefixToItsService() {
        String config = Repository.read(FOLDER + "nginx/nginx.conf");
        Map<String, String> upstreams = new LinkedHashMap<>();
        Matcher upstream = Pattern.compile("upstream\\s+(\\w+)\\s*\\{[^}]*?server\\s+([\\w.-]+:\\d+)").matcher(config);
        while (upstream.find()) {
            upstreams.put(upstream.group(1), upstream.group(2));
        }
        return Services.all().stream().map(service -> DynamicTest.dynamicTest(service.pathPrefix(), () -> {
            Matcher location = Pattern.compile("location\\s+" + Pattern.quote(service.pathPrefix() + "/")
                    + "\\s*\\{\\s*proxy_pass\\s+http://(\\w+);").matcher(config);
            assertTrue(location.find(), "nginx.conf has location " + service.pathPrefix() + "/ with a proxy_pass");
            assertEquals(service.name() + ":" + service.port(), upstreams.get(location.group(1)),
                    service.pathPrefix() + " goes to " + service.name());
        }));
    }

    @TestFactory
    Stream<DynamicTest> prometheusScrapesMetricsAndProbesReadinessOfEveryService() {
        Map<String, Object> prometheus = Repository.yaml("deploy/observability/prometheus/prometheus.yml");
        List<Object> jobs = Yamls.listAt(prometheus, "scrape_configs", "prometheus.yml");
        return Services.all().stream().map(service -> DynamicTest.dynamicTest(service.name(), () -> {
            Map<String, Object> job = job(jobs, service.name());
            assertEquals("/q/metrics", job.get("metrics_path"), service.name() + " metrics path");
            assertTrue(String.valueOf(job.get("static_configs")).contains(service.name() + ":" + service.port()),
                    "Prometheus scrapes " + service.name() + ":" + service.port());
            assertTrue(String.valueOf(job.get("static_configs")).contains("service=" + service.name()),
                    "the scrape of " + service.name() + " sets the label service");
            assertTrue(String.valueOf(job(jobs, "kinerja-readiness").get("static_configs"))
                            .contains("http://" + service.name() + ":" + service.port() + "/q/health/ready"),
                    "the blackbox exporter probes " + service.name() + "'s readiness");
        }));
    }

    private static Map<String, Object> job(List<Object> jobs, String name) {
        return jobs.stream().map(job -> Yamls.map(job, "scrape config"))
                .filter(job -> name.equals(job.get("job_name"))).findFirst()
                .orElseThrow(() -> new AssertionError("prometheus.yml has no job " + name));
    }

    private static Map<String, Object> composeService(String name) {
        Object definition = SERVICES.get(name);
        assertNotNull(definition, "compose.yaml has no service " + name);
        return Yamls.map(definition, "compose service " + name);
    }

    private static Set<String> readByTheService(Set<String> names, String where) {
        Set<String> result = Services.readByTheService(names, "compose.yaml " + where);
        assertFalse(result.isEmpty(), "no environment at all");
        return result;
    }

    private static Properties envExample() {
        Properties properties = new Properties();
        try {
            properties.load(Files.newBufferedReader(Repository.path(FOLDER + ".env.example")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}

package id.go.kinerja.platform.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready only once the service can answer promptly. Right after a start the first requests used to pay for all that
 * is done lazily (measured on a packaged collection-service on a loaded machine: 2.8 s for the first GET and 2.0 s
 * for the first POST, then 0.07 s): the pool's first connections, Hibernate's first query of each entity, the JWT
 * verifier loading its key and classes, the JSON mapper's first documents, the first request through the HTTP and
 * REST layers. The warm-up does each of them once, in the background at start, and readiness stays DOWN until it is
 * done, so a load balancer sends no request to a cold instance. (The request it sends asks for a path no endpoint
 * has: a read answered 404 is not audited.) A step that fails is logged and does not hold readiness: the database check says whether it is reachable.
 */
@Readiness
@ApplicationScoped
public class WarmUp implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    /** Well formed and signed with no key anybody has: verifying it loads the verification key and fails. */
    private static final String FOREIGN_TOKEN = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"warm-up\"}") + "."
            + base64("{\"sub\":\"warm-up\",\"iss\":\"warm-up\",\"exp\":1}") + "." + base64("no signature");

    @Inject
    EntityManager entities;

    @Inject
    JWTParser tokens;

    @Inject
    ObjectMapper json;

    private final Map<String, Object> steps = new LinkedHashMap<>();
    private volatile boolean done;

    void start(@Observes StartupEvent started) {
        Thread warmUp = new Thread(this::run, "warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("warm-up").status(done);
        synchronized (steps) {
            steps.forEach((step, result) -> response.withData(step, String.valueOf(result)));
        }
        return response.build();
    }

    private void run() {
        long start = System.nanoTime();
        step("database", this::queryEveryEntity);
        step("token verification", this::verifyAForeignToken);
        step("json", this::readAndWriteJson);
        step("http", this::requestThroughTheRestLayer);
        done = true;
        LOG.infof("Warmed up in %d ms: %s", Duration.ofNanos(System.nanoTime() - start).toMillis(), steps);
    }

    /** Opens pooled connections and has Hibernate build, run and map one query per entity. */
    private String queryEveryEntity() {
        return QuarkusTransaction.requiringNew().call(() -> {
            int count = 0;
            for (EntityType<?> entity : entities.getMetamodel().getEntities()) {
                entities.createQuery("select e from " + entity.getName() + " e", entity.getJavaType())
                        .setMaxResults(1).getResultList();
                count++;
            }
            return count + " entities";
        });
    }

    private String verifyAForeignToken() {
        try {
            tokens.parse(FOREIGN_TOKEN);
            return "a foreign token was accepted";
        } catch (ParseException expected) {
            return "refused a foreign token";
        }
    }

    private String readAndWriteJson() throws Exception {
        JsonNode read = json.readTree("{\"code\": \"WARM-UP\", \"values\": [1.5, \"dua\"]}");
        return json.writeValueAsString(read).length() + " characters";
    }

    private String requestThroughTheRestLayer() throws Exception {
        String port = ConfigProvider.getConfig().getOptionalValue(
                LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port", String.class)
                .orElse("8080");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/warm-up"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return "answered " + client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (ConnectException notListeningYet) {
                if (System.nanoTime() > deadline) {
                    throw notListeningYet;
                }
                Thread.sleep(200);
            }
        }
    }

    private interface Step {
        Object run() throws Exception;
    }

    private void step(String name, Step step) {
        long start = System.nanoTime();
        Object result;
        try {
            result = step.run() + " in " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms";
        } catch (Exception | LinkageError e) {
            LOG.warnf(e, "Warm-up step '%s' failed; readiness does not wait for it", name);
            result = "failed: " + e;
        }
        synchronized (steps) {
            steps.put(name, result);
        }
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

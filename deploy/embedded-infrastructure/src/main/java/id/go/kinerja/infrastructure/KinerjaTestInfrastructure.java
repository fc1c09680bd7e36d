package id.go.kinerja.infrastructure;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * Starts one real PostgreSQL and one real Kafka broker per test JVM and points the service at them.
 * Register it once, globally ({@code restrictToAnnotatedClass = false}), so Quarkus starts the
 * application and the servers once for all test classes.
 */
public class KinerjaTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "kinerja";

    private static EmbeddedPostgresServer postgres;
    private static TestKafkaBroker kafka;

    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.startEphemeral();
            postgres.createDatabases(List.of(DATABASE));
        }
        return postgres;
    }

    public static synchronized TestKafkaBroker kafka() {
        if (kafka == null) {
            kafka = TestKafkaBroker.start();
        }
        return kafka;
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres().jdbcUrl(DATABASE),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", "",
                "kafka.bootstrap.servers", kafka().bootstrapServers(),
                "mp.jwt.verify.publickey.location", "dev-jwt/publicKey.pem",
                "mp.jwt.verify.issuer", DevTokens.ISSUER,
                // a consumer waiting out a database outage tries again every second, so an outage test stays short
                "kinerja.consumer.retry.max-backoff", "1s");
    }

    @Override
    public void stop() {
        // the servers live as long as the test JVM: Quarkus may restart the application between classes
    }
}

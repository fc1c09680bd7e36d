package id.go.kinerja.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a consumer waits for the database to take an event: the service cannot do its work, and the
 * reason shows here. Readiness only: the process itself is fine, and a restart would not bring the database back
 * (the event is applied by itself once the database is back; liveness stays UP).
 */
@Readiness
@ApplicationScoped
public class ConsumerStallCheck implements HealthCheck {

    @Inject
    ConsumerStalls stalls;

    @Override
    public HealthCheckResponse call() {
        List<ConsumerStalls.Stall> current = stalls.current();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Event consumers").status(current.isEmpty());
        for (ConsumerStalls.Stall stall : current) {
            response.withData(stall.topic(), stall.consumer() + " waits since " + stall.since()
                    + " for the database to take an event: " + stall.lastFailure());
        }
        return response.build();
    }
}

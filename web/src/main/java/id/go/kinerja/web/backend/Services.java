package id.go.kinerja.web.backend;

import id.go.kinerja.web.session.SignedIn;
import id.go.kinerja.web.site.WebConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.UriBuilder;
import java.util.concurrent.TimeUnit;

/**
 * The four services, called with the signed-in person's token. A page starts a call with the path as the service's
 * README writes it, its parameters filled in order: {@code services.collection("/api/collection/rounds/{id}", id).get()}.
 */
@ApplicationScoped
public class Services {

    @Inject
    WebConfig config;

    @Inject
    SignedIn signedIn;

    private final Client client = ClientBuilder.newBuilder()
            .connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(60, TimeUnit.SECONDS)
            .build();

    public ServiceCall collection(String path, Object... parameters) {
        return call("collection-service", config.services().collection(), path, parameters);
    }

    public ServiceCall measurement(String path, Object... parameters) {
        return call("measurement-service", config.services().measurement(), path, parameters);
    }

    public ServiceCall approval(String path, Object... parameters) {
        return call("approval-service", config.services().approval(), path, parameters);
    }

    public ServiceCall archive(String path, Object... parameters) {
        return call("archive-service", config.services().archive(), path, parameters);
    }

    private ServiceCall call(String serviceName, String baseUrl, String path, Object... parameters) {
        var uri = UriBuilder.fromUri(baseUrl).path(path).build(parameters);
        return new ServiceCall(serviceName, client.target(uri), signedIn.person().accessToken());
    }

    @PreDestroy
    void close() {
        client.close();
    }
}

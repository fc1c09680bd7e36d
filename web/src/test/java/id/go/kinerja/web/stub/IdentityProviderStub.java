package id.go.kinerja.web.stub;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An OpenID provider's discovery document and (empty) key set, enough for the web application to start with the
 * production sign-in and send a stranger to the provider's sign-in page. The sign-in itself is proven against a real
 * Keycloak with the shipped realm (deploy/system-tests).
 */
public class IdentityProviderStub implements QuarkusTestResourceLifecycleManager {

    public static String realmUrl;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        realmUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/kinerja";
        String endpoints = realmUrl + "/protocol/openid-connect";
        String discovery = """
                {"issuer": "%1$s", "authorization_endpoint": "%2$s/auth", "token_endpoint": "%2$s/token",
                 "jwks_uri": "%2$s/certs", "end_session_endpoint": "%2$s/logout", "userinfo_endpoint": "%2$s/userinfo",
                 "response_types_supported": ["code"], "code_challenge_methods_supported": ["S256"]}"""
                .formatted(realmUrl, endpoints);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = path.endsWith("/.well-known/openid-configuration") ? discovery
                    : path.endsWith("/certs") ? "{\"keys\": []}" : null;
            try (exchange) {
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
        return Map.of("quarkus.oidc.auth-server-url", realmUrl);
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}

package id.go.kinerja.web.session;

import io.quarkus.arc.lookup.LookupIfProperty;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Signs in the holder of a dev session cookie (see {@link DevSignInResource}); sends everybody else to the dev
 * sign-in page. Exists only while {@code kinerja.web.dev-sign-in.enabled} is true.
 */
@ApplicationScoped
@LookupIfProperty(name = "kinerja.web.dev-sign-in.enabled", stringValue = "true")
public class DevSessionMechanism implements HttpAuthenticationMechanism {

    @Inject
    DevSessions sessions;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Cookie cookie = context.request().getCookie(DevSessions.COOKIE);
        if (cookie == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(sessions.accessToken(cookie.getValue()).map(DevSessionMechanism::identity).orElse(null));
    }

    private static SecurityIdentity identity(String accessToken) {
        Person person = Person.fromAccessToken(accessToken);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(person.userId()))
                .addRoles(person.roles())
                .addCredential(new AccessTokenCredential(accessToken))
                .build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(302, "Location", "/masuk"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        // above the OIDC mechanism's: while the dev sign-in is on, its page is where a stranger is sent
        return DEFAULT_PRIORITY + 1000;
    }
}

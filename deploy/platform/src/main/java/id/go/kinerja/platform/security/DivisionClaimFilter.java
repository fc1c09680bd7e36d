package id.go.kinerja.platform.security;

import id.go.kinerja.platform.problem.AccessDenied;
import id.go.kinerja.platform.problem.PlatformProblem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, on every endpoint, a division-bound caller ({@link Caller#isDivisionBound(java.util.Set)}) whose token
 * names no division: without one, "their own division" means nothing, and a query filtered by it would see every
 * division. Requests without a valid token pass on, to be answered 401 by the role check.
 */
public class DivisionClaimFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Void> requireDivision() {
        return identities.getDeferredIdentity().onFailure().recoverWithNull().invoke(DivisionClaimFilter::check)
                .replaceWithVoid();
    }

    private static void check(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || !Caller.isDivisionBound(identity.getRoles())) {
            return;
        }
        String division = token.getClaim("division");
        if (division == null || division.isBlank()) {
            throw new AccessDenied(PlatformProblem.DIVISION_CLAIM_MISSING);
        }
    }
}

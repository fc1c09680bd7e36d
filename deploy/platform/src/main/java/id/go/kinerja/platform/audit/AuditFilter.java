package id.go.kinerja.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.TokenPayload;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Records every request that changed something (DONE), every write that was refused with a 4xx, and every
 * request of any method refused for want of identity or permission (401, 403) as REFUSED, and hands the
 * request id back in {@code X-Request-Id}. A refusal rolls the business transaction back, so the row is
 * written in a transaction of its own, once the response is decided. Reads that succeed, and reads answered
 * 400/404 (a client polling for a recap that has not arrived yet), change nothing and are not recorded.
 */
public class AuditFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");

    private static final String BEARER = "Bearer ";
    /** What an agency code can look like (SIPD codes, short names); anything else in a forged token is not kept. */
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9._-]{1,50}");

    private final Map<String, String> templates = new ConcurrentHashMap<>();

    @Inject
    AuditTrail trail;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    ObjectMapper json;

    @ServerResponseFilter
    public Uni<Void> audit(ContainerRequestContext request, ContainerResponseContext response,
                           SimpleResourceInfo resource, RoutingContext routing) {
        String requestId = RequestIds.of(routing);
        response.getHeaders().putSingle(AuditTrail.REQUEST_ID_HEADER, requestId);
        int status = response.getStatus();
        String method = request.getMethod();
        boolean read = READS.contains(method);
        boolean unauthorised = status == 401 || status == 403;
        AuditOutcome outcome = status >= 400 && status < 500 && (!read || unauthorised) ? AuditOutcome.REFUSED
                : status < 400 && !read ? AuditOutcome.DONE : null;
        if (outcome == null) {
            return Uni.createFrom().voidItem();
        }
        String template = templateOf(resource, request);
        String target = targetOf(template, request);
        String detail = outcome == AuditOutcome.REFUSED && response.getEntity() instanceof Problem problem
                ? problem.detail() : null;

        // a bad token fails the identity again here: such a caller is anonymous
        Uni<SecurityIdentity> caller = identities.getDeferredIdentity().onFailure().recoverWithNull();
        if (!BlockingOperationControl.isBlockingAllowed()) {
            caller = caller.emitOn(Infrastructure.getDefaultWorkerPool());
        }
        return caller.invoke(identity -> write(draft(identity, request, method + " " + template, target, outcome,
                        status, requestId, detail)))
                .replaceWithVoid();
    }

    private void write(AuditTrail.Draft draft) {
        try {
            QuarkusTransaction.requiringNew().run(() -> trail.append(draft));
        } catch (RuntimeException e) {
            // the answer is decided and, for a change, committed: losing the row must not turn it into a 500
            LOG.errorf(e, "Could not write the audit entry %s", draft);
        }
    }

    /** "/api/approval/recaps/{recapId}/approval": the matched resource's path, or the raw path if none matched. */
    private String templateOf(SimpleResourceInfo resource, ContainerRequestContext request) {
        if (resource == null || resource.getResourceClass() == null || resource.getMethodName() == null) {
            return "/" + request.getUriInfo().getPath().replaceFirst("^/+", "");
        }
        String key = resource.getResourceClass().getName() + "#" + resource.getMethodName()
                + List.of(resource.parameterTypes());
        return templates.computeIfAbsent(key, ignored -> {
            String path = "/" + pathOf(resource.getResourceClass().getAnnotation(Path.class));
            try {
                Method method = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
                path += "/" + pathOf(method.getAnnotation(Path.class));
            } catch (NoSuchMethodException e) {
                // a resource method is public, so this does not happen; the class path is still a fair action
            }
            path = path.replaceAll("/+", "/");
            return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        });
    }

    /** The path parameters' values in template order, e.g. "0b9c…/IKS-01". */
    private static String targetOf(String template, ContainerRequestContext request) {
        var values = request.getUriInfo().getPathParameters();
        List<String> target = new ArrayList<>();
        Matcher parameter = PATH_PARAMETER.matcher(template);
        while (parameter.find()) {
            String value = values.getFirst(parameter.group(1));
            if (value != null) {
                target.add(value);
            }
        }
        return target.isEmpty() ? null : String.join("/", target);
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    private AuditTrail.Draft draft(SecurityIdentity identity, ContainerRequestContext request, String action,
                                   String target, AuditOutcome outcome, int status, String requestId, String detail) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken token) {
            // the token's subject and agency, as Caller gives them to the services
            return new AuditTrail.Draft(token.getClaim("agency"), false, token.getSubject(), identity.getRoles(),
                    action, target, outcome, status, null, null, requestId, detail);
        }
        String claimed = claimedAgency(request);
        return new AuditTrail.Draft(claimed, claimed != null, AuditTrail.ANONYMOUS, List.of(), action, target,
                outcome, status, null, null, requestId, detail);
    }

    /**
     * The agency a refused token names although it failed verification (forged, expired, wrongly signed), so the
     * attempt shows in that agency's trail, marked unverified (docs/architecture.md, "Security"); null when there is
     * no token or it names no agency.
     */
    private String claimedAgency(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        JsonNode claims = TokenPayload.of(authorization.substring(BEARER.length()).strip(), json);
        JsonNode agency = claims == null ? null : claims.get("agency");
        return agency != null && agency.isTextual() && AGENCY_CODE.matcher(agency.asText()).matches() ? agency.asText()
                : null;
    }
}

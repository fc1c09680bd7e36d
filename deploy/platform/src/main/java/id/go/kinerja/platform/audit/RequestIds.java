package id.go.kinerja.platform.audit;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that links everything one request did: the caller's {@code X-Request-Id} when it is a sane
 * token (it ends up in logs and the audit trail, so nothing else is taken), otherwise a new one.
 * Kept on the request, so the audit rows written by the service and by the filter carry the same id.
 */
final class RequestIds {

    private static final String KEY = RequestIds.class.getName();
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    static String of(RoutingContext request) {
        String id = request.get(KEY);
        if (id == null) {
            String given = request.request().getHeader(AuditTrail.REQUEST_ID_HEADER);
            id = given != null && ACCEPTABLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            request.put(KEY, id);
        }
        return id;
    }
}

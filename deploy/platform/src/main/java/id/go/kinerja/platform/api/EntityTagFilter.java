package id.go.kinerja.platform.api;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every successful answer about one {@link Versioned} record, a read or the answer of a write, carries the record's
 * version as its {@code ETag}: what the caller sends back as {@code If-Match} ({@link IfMatch}).
 */
public class EntityTagFilter {

    @ServerResponseFilter
    public void tag(ContainerResponseContext response) {
        if (response.getStatus() >= 200 && response.getStatus() < 300
                && response.getEntity() instanceof Versioned versioned
                && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, IfMatch.tagOf(versioned.version()));
        }
    }
}

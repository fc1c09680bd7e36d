package id.go.kinerja.web.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to a service on behalf of the signed-in person: their token, Bahasa Indonesia for the service's
 * words, and the conventions of the API (If-Match, Idempotency-Key). A refusal is thrown as a {@link ServiceProblem};
 * a service that cannot be reached as {@link ServiceUnavailable}.
 */
public final class ServiceCall {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final String serviceName;
    private WebTarget target;
    private final Map<String, String> headers = new LinkedHashMap<>();

    ServiceCall(String serviceName, WebTarget target, String accessToken) {
        this.serviceName = serviceName;
        this.target = target;
        if (accessToken != null) {
            headers.put(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
        }
        headers.put(HttpHeaders.ACCEPT_LANGUAGE, "id");
    }

    /** Adds a query parameter; a null or blank value is left out. */
    public ServiceCall query(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            target = target.queryParam(name, value);
        }
        return this;
    }

    public ServiceCall ifMatch(String etag) {
        return header("If-Match", etag);
    }

    /** The key that makes a retried POST (a double click, a reload) answer the first answer instead of acting twice. */
    public ServiceCall idempotencyKey(String key) {
        return header("Idempotency-Key", key);
    }

    public ServiceCall header(String name, String value) {
        if (value != null && !value.isBlank()) {
            headers.put(name, value);
        }
        return this;
    }

    public Answer get() {
        return answer(() -> request(MediaType.APPLICATION_JSON).get());
    }

    public Answer post(Object body) {
        return answer(() -> request(MediaType.APPLICATION_JSON).post(json(body)));
    }

    public Answer put(Object body) {
        return answer(() -> request(MediaType.APPLICATION_JSON).put(json(body)));
    }

    public Answer patch(Object body) {
        return answer(() -> request(MediaType.APPLICATION_JSON).method("PATCH", json(body)));
    }

    public Answer delete() {
        return answer(() -> request(MediaType.APPLICATION_JSON).delete());
    }

    /** Sends a file as the request body (a worksheet, evidence), with its media type and name. */
    public Answer upload(byte[] content, String mediaType, String fileName) {
        if (fileName != null) {
            // a header value is ASCII: a name such as "Realisasi Triwulan Ⅰ.xlsx" keeps its shape, not its letters
            String asciiName = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "");
            header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"");
        }
        return answer(() -> request(MediaType.APPLICATION_JSON).post(Entity.entity(content, mediaType)));
    }

    /** Fetches a file (PDF, XLSX, evidence) to pass on to the browser. */
    public Download download() {
        try (Response response = request(MediaType.WILDCARD).get()) {
            if (response.getStatus() >= 300) {
                throw ServiceProblem.from(response.getStatus(), body(response));
            }
            return new Download(response.readEntity(byte[].class), response.getHeaderString(HttpHeaders.CONTENT_TYPE),
                    response.getHeaderString("Content-Disposition"));
        } catch (ProcessingException e) {
            throw new ServiceUnavailable(serviceName, e);
        }
    }

    private Invocation.Builder request(String accept) {
        Invocation.Builder request = target.request(accept);
        headers.forEach(request::header);
        return request;
    }

    private interface Exchange {
        Response send();
    }

    private Answer answer(Exchange exchange) {
        try (Response response = exchange.send()) {
            JsonNode body = body(response);
            if (response.getStatus() >= 300) {
                throw ServiceProblem.from(response.getStatus(), body);
            }
            return new Answer(response.getStatus(), body, response.getHeaderString(HttpHeaders.ETAG));
        } catch (ProcessingException e) {
            throw new ServiceUnavailable(serviceName, e);
        }
    }

    private static JsonNode body(Response response) {
        if (!response.hasEntity()) {
            return MissingNode.getInstance();
        }
        String text = response.readEntity(String.class);
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static Entity<String> json(Object body) {
        try {
            return Entity.entity(body instanceof String text ? text : JSON.writeValueAsString(body), MediaType.APPLICATION_JSON);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the request body as JSON", e);
        }
    }
}

package id.go.kinerja.web.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's refusal (RFC 9457 problem details), as the page shows it: the services word {@code title} and
 * {@code detail} in Bahasa Indonesia; {@code code} is stable (docs/errors.md) for the page to branch on; field errors
 * keep their pointer so a form can mark the field.
 */
public class ServiceProblem extends RuntimeException {

    /** One field's error: {@code field} is the service's pointer (a JSON field or a header name). */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String code;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;
    private final JsonNode context;

    public ServiceProblem(int status, String code, String title, String detail, List<FieldError> errors, JsonNode context) {
        super(status + " " + code + ": " + detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.context = context == null ? MissingNode.getInstance() : context;
    }

    /** Reads a problem+json body; a body that is no problem (a proxy's page) still gives a readable problem. */
    static ServiceProblem from(int status, JsonNode body) {
        if (body == null || !body.isObject()) {
            return new ServiceProblem(status, "HTTP_" + status, "Permintaan tidak dapat diproses",
                    "Layanan menjawab HTTP " + status + " tanpa penjelasan.", List.of(), null);
        }
        List<FieldError> errors = new ArrayList<>();
        body.path("errors").forEach(error -> errors.add(new FieldError(error.path("field").asText(""),
                error.path("message").asText(""))));
        return new ServiceProblem(status, body.path("code").asText("HTTP_" + status), body.path("title").asText(""),
                body.path("detail").asText(""), errors, body.path("context"));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The problem's facts for programs (e.g. {@code allowedRoles}, {@code missing}, {@code currentETag}). */
    public JsonNode context() {
        return context;
    }

    /** The error of one field, for marking it in a form; null when the field has none. */
    public String errorOf(String field) {
        return errors.stream().filter(error -> error.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}

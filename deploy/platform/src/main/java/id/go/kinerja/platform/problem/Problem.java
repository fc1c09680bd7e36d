package id.go.kinerja.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error answer in the shape of RFC 9457 (application/problem+json). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "Error details (RFC 9457)")
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        @Schema(description = "Field errors of a validation failure") List<FieldError> errors,
        @Schema(description = "Further facts, e.g. the indicators still missing a verified entry") Map<String, Object> context,
        @Schema(description = "Only on a 500: the id under which the failure is logged; quote it when reporting it")
        String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, List<FieldError> errors,
                   Map<String, Object> context) {
        this(type, title, status, detail, errors, context, null);
    }

    public record FieldError(String field, String message) {
    }
}

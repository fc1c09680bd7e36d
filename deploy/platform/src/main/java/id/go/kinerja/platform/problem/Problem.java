package id.go.kinerja.platform.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error answer in the shape of RFC 9457 (application/problem+json), with a stable {@code code} (docs/errors.md). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "Error details (RFC 9457). Branch on `code` (or `type`); show `title` and "
        + "`detail`, which are in Bahasa Indonesia unless the request asks for English (`Accept-Language: en`).")
public record Problem(
        @Schema(description = "One URI per code", example = "https://kinerja.go.id/problems/recap-incomplete") String type,
        @Schema(description = "Stable machine-readable cause; the catalogue is docs/errors.md", example = "RECAP_INCOMPLETE")
        String code,
        @Schema(example = "Rekap belum lengkap") String title,
        int status,
        String detail,
        @Schema(description = "Field errors of a validation failure") List<FieldError> errors,
        @Schema(description = "Further facts, e.g. the indicators still missing a verified entry") Map<String, Object> context,
        @Schema(description = "Only on a 500: the id under which the failure is logged; quote it when reporting it")
        String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The answer for {@code code}, with its type, in the given words. */
    public static Problem of(ProblemCode code, int status, String title, String detail, List<FieldError> errors,
                             Map<String, Object> context, String errorId) {
        return new Problem(code.type(), code.name(), title, status, detail, errors, context, errorId);
    }

    /**
     * One field that is wrong, named by its path in the request (e.g. {@code items[0].value}); its message in the
     * caller's language when it was made from a {@link Message}.
     */
    @Schema(name = "FieldError")
    @JsonSerialize(using = FieldErrorWriter.class)
    public record FieldError(String field, String message, @JsonIgnore @Schema(hidden = true) Message template) {

        public FieldError(String field, Message template) {
            this(field, null, template);
        }

        /** A message not yet put in a bundle: shown as written, whatever the language. */
        public FieldError(String field, String message) {
            this(field, message, null);
        }

        /** The message as an argument of another text: the template, or the written message. */
        Object text() {
            return template != null ? template : message;
        }

        FieldError in(Locale language) {
            return template == null ? this : new FieldError(field, template.in(language), null);
        }
    }
}

package id.go.kinerja.platform.problem;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bean Validation's messages in the platform bundle ({@code constraint.<message key>}), so that they follow the
 * request's language like every other field error. A constraint's message key is its template without braces, e.g.
 * {@code jakarta.validation.constraints.NotNull.message}, or a key of ours such as {@code kinerja.notNegative}; a
 * message the bundle does not know is shown as Bean Validation wrote it.
 */
final class ConstraintMessages {

    private static final Pattern KEY = Pattern.compile("\\{([^{}]+)}");
    /** The attributes a constraint's message may show, in the order of the bundle's {0}, {1}. */
    private static final Map<String, List<String>> ARGUMENTS = Map.of(
            "Size", List.of("min", "max"),
            "Min", List.of("value"),
            "Max", List.of("value"),
            "DecimalMin", List.of("value"),
            "DecimalMax", List.of("value"),
            "Digits", List.of("integer", "fraction"),
            "Pattern", List.of("regexp"));

    private ConstraintMessages() {
    }

    static Problem.FieldError fieldError(String field, ConstraintViolation<?> violation) {
        Matcher key = KEY.matcher(violation.getMessageTemplate());
        String bundleKey = key.matches() ? "constraint." + key.group(1) : null;
        if (bundleKey == null || !Message.exists(PlatformProblem.BUNDLE, bundleKey)) {
            return new Problem.FieldError(field, violation.getMessage());
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Object[] args = ARGUMENTS.getOrDefault(constraint, List.of()).stream().map(attributes::get).toArray();
        return new Problem.FieldError(field, PlatformProblem.text(bundleKey, args));
    }
}

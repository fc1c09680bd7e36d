package id.go.kinerja.measurement.engine;

import java.util.List;
import java.util.Objects;

/**
 * Input the measurement rules refuse (data ditolak): an invalid methodology, a negative count, a
 * realised spending above the pagu, a scale with gaps. Carries a {@link Reason} so that the
 * service can map it to a problem response without parsing the message; the message says what
 * to fix in the domain's words.
 */
public final class RefusedInputException extends IllegalArgumentException {

    /** Why the input was refused; stable names, safe to expose in an API. */
    public enum Reason {
        /** The methodology (kertas kerja pengukuran) combines options that make no sense. */
        INVALID_METHODOLOGY,
        /** A target or realisation that cannot be measured: negative, wrong kind, unknown grade. */
        INVALID_VALUE,
        /** A predicate or grade scale that overlaps, leaves gaps or repeats names. */
        INVALID_SCALE,
        /** Realised spending above the budget ceiling (pagu) without a justification. */
        ABOVE_PAGU,
        /** Engine configuration that cannot be applied, such as a non-positive roll-up ceiling. */
        INVALID_CONFIGURATION
    }

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final String key;
    private final List<Object> args;

    public RefusedInputException(Reason reason, String message) {
        this(reason, null, message);
    }

    /**
     * @param key  a stable name of the refusal, e.g. {@code scale.overlap}, under which a service words it in its
     *             users' language, with {@code args}; the message (English) is for logs and tests
     */
    public RefusedInputException(Reason reason, String key, String message, Object... args) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.key = key;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    /** The stable name of this refusal's words, or null when only the message says it. */
    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}

package id.go.kinerja.platform.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A refusal the domain can explain: it becomes a problem+json answer with its status, its {@link ProblemCode} and the
 * code's title and detail in the caller's language, the detail filled with {@code args}. The message of the exception
 * (for logs) is the English detail.
 */
public abstract class DomainProblem extends RuntimeException {

    private final int status;
    private final ProblemCode code;
    private final List<Object> args;
    private final String literalDetail;
    private final Map<String, Object> context;

    protected DomainProblem(ProblemCode code, Map<String, Object> context, Object... args) {
        super(code.detail(Languages.ENGLISH, args));
        this.status = code.status();
        this.code = code;
        this.args = Arrays.asList(args);
        this.literalDetail = null;
        this.context = context == null ? Map.of() : Map.copyOf(context);
    }

    /**
     * A refusal with a fixed detail, not yet given a code of its own: it answers with the general code of its status
     * ({@link PlatformProblem#ofStatus}) and the detail as written.
     */
    protected DomainProblem(int status, String title, String detail, Map<String, Object> context) {
        super(detail);
        this.status = status;
        this.code = PlatformProblem.ofStatus(status);
        this.args = List.of();
        this.literalDetail = detail;
        this.context = context == null ? Map.of() : Map.copyOf(context);
    }

    public int status() {
        return status;
    }

    public ProblemCode code() {
        return code;
    }

    public String title(Locale language) {
        return code.title(language);
    }

    public String detail(Locale language) {
        return literalDetail != null ? literalDetail : code.detail(language, args.toArray());
    }

    /** The detail as a text put into words later, e.g. a row's refusal inside another answer. */
    public Message detailText() {
        return literalDetail != null ? PlatformProblem.text("asWritten", literalDetail)
                : Message.of(code.bundle(), code.name() + ".detail", args.toArray());
    }

    public Map<String, Object> context() {
        return context;
    }
}

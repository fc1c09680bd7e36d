package id.go.kinerja.platform.problem;

import java.util.Locale;

/**
 * A stable, machine-readable cause of a refusal (docs/errors.md): its {@code code} and {@code type} never change, so
 * a client branches on them, while {@code title} and {@code detail} come from a resource bundle in the caller's
 * language. The platform's codes are {@link PlatformProblem}; each service keeps its own enum next to its bundle.
 */
public interface ProblemCode {

    String TYPE_BASE = "https://kinerja.go.id/problems/";

    /** The code in UPPER_SNAKE, e.g. {@code RECAP_INCOMPLETE}. */
    String name();

    int status();

    /** Base name of the bundle with {@code <CODE>.title} and {@code <CODE>.detail} (Indonesian; English in {@code _en}). */
    String bundle();

    /** The problem's {@code type}: one URI per code, e.g. {@code https://kinerja.go.id/problems/recap-incomplete}. */
    default String type() {
        return TYPE_BASE + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    default String title(Locale language) {
        return Message.of(bundle(), name() + ".title").in(language);
    }

    default String detail(Locale language, Object... args) {
        return Message.of(bundle(), name() + ".detail", args).in(language);
    }
}

package id.go.kinerja.archive.problem;

import id.go.kinerja.platform.problem.Message;
import id.go.kinerja.platform.problem.ProblemCode;

/**
 * The causes archive-service refuses a request for, besides the platform's (docs/errors.md); their words are in
 * {@code problems/archive.properties} (Bahasa Indonesia) and {@code archive_en.properties}.
 */
public enum ArchiveProblem implements ProblemCode {

    RECORD_NOT_FOUND(404),
    ARCHIVE_READ_ONLY(405);

    public static final String BUNDLE = "problems.archive";

    private final int status;

    ArchiveProblem(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String bundle() {
        return BUNDLE;
    }

    /** A text of archive's bundle, e.g. a field error's message. */
    public static Message text(String key, Object... args) {
        return Message.of(BUNDLE, key, args);
    }
}

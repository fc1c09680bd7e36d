package id.go.kinerja.collection.imports;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.platform.problem.DomainProblem;
import java.util.Map;

/** An upload above one of the import limits (docs/api-guide.md, "Limits"): refused as soon as the limit is passed. */
public class FileTooLarge extends DomainProblem {

    public FileTooLarge(long limit) {
        this(CollectionProblem.FILE_TOO_LARGE, Map.of("maxBytes", limit), limit);
    }

    private FileTooLarge(CollectionProblem code, Map<String, Object> context, Object... args) {
        super(code, context, args);
    }

    /**
     * @param kind    what the file is, e.g. "worksheet"
     * @param setting the configuration key of the limit
     */
    static FileTooLarge rows(String kind, int limit, String setting) {
        return new FileTooLarge(CollectionProblem.FILE_TOO_MANY_ROWS, Map.of("maxRows", limit), kind, limit, setting);
    }

    /** A workbook's table of texts (its shared strings) beyond what any plan or worksheet needs. */
    static FileTooLarge texts(int maxTexts, int maxCharacters) {
        return new FileTooLarge(CollectionProblem.FILE_TOO_MANY_TEXTS, Map.of("maxTexts", maxTexts, "maxCharacters", maxCharacters),
                maxTexts, maxCharacters);
    }
}

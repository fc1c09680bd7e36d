package id.go.kinerja.collection.imports;

import id.go.kinerja.platform.problem.DomainProblem;
import java.util.Map;

/** An upload above one of the import limits (docs/api-guide.md, "Limits"): refused as soon as the limit is passed. */
public class FileTooLarge extends DomainProblem {

    public FileTooLarge(long limit) {
        this("The file is larger than the import limit of " + limit + " bytes", Map.of("maxBytes", limit));
    }

    private FileTooLarge(String detail, Map<String, Object> context) {
        super(413, "Payload too large", detail, context);
    }

    /**
     * @param kind    what the file is, e.g. "worksheet"
     * @param setting the configuration key of the limit
     */
    static FileTooLarge rows(String kind, int limit, String setting) {
        return new FileTooLarge("The " + kind + " has more than " + limit + " data rows, the limit (" + setting
                + "); split it into smaller files", Map.of("maxRows", limit));
    }

    /** A workbook's table of texts (its shared strings) beyond what any plan or worksheet needs. */
    static FileTooLarge texts(int maxTexts, int maxCharacters) {
        return new FileTooLarge("The workbook holds more than " + maxTexts + " distinct texts or " + maxCharacters
                + " characters of text", Map.of("maxTexts", maxTexts, "maxCharacters", maxCharacters));
    }
}

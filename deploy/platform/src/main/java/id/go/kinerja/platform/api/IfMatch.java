package id.go.kinerja.platform.api;

import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.problem.PreconditionFailed;
import id.go.kinerja.platform.problem.PreconditionRequired;
import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code If-Match} header of a write (RFC 9110 13.1.1): the entity tags the caller read, compared strongly with
 * the record's current one. An edit of an existing record requires it (428 without, 412 when it names another
 * version: somebody changed the record meanwhile, and nothing is written); see docs/api-guide.md "Concurrency".
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    /** The OpenAPI description of the header on an edit, which requires it. */
    public static final String REQUIRED = "The ETag of the record as you read it, e.g. \"3\" (required: 428 without "
            + "it; 412 when somebody changed the record since)";
    /** The OpenAPI description of the header on a write that does not require it. */
    public static final String OPTIONAL = "The ETag of the record as you read it, e.g. \"3\" (optional; when sent, "
            + "412 if somebody changed the record since)";

    private static final IfMatch ABSENT = new IfMatch(null, List.of(), false);
    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([\\x21\\x23-\\x7E]*)\"\\s*(,|$)");

    private final String header;
    private final List<String> strongTags;
    private final boolean any;

    private IfMatch(String header, List<String> strongTags, boolean any) {
        this.header = header;
        this.strongTags = strongTags;
        this.any = any;
    }

    /** The header as sent (null or blank: not sent); 400 on the field If-Match when it is no list of entity tags. */
    public static IfMatch of(String header) {
        if (header == null || header.isBlank()) {
            return ABSENT;
        }
        if (header.strip().equals("*")) {
            return new IfMatch(header.strip(), List.of(), true);
        }
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(header);
        int end = 0;
        while (end < header.length() && tag.find(end) && tag.start() == end) {
            // a weak tag never matches in a strong comparison, so it is read but never compared
            if (tag.group(1) == null) {
                tags.add(tag.group(2));
            }
            end = tag.end();
        }
        if (end != header.length() || header.strip().endsWith(",")) {
            throw new InvalidInput(HEADER, PlatformProblem.text("ifMatch.malformed"));
        }
        return new IfMatch(header.strip(), List.copyOf(tags), false);
    }

    /** The entity tag of a record at a version, as {@code ETag} carries it: strong, e.g. {@code "3"}. */
    public static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    public boolean sent() {
        return header != null;
    }

    /** An edit of an existing record: If-Match is required and must name its current version. */
    public void require(String what, long version) {
        require(what, Long.toString(version));
    }

    /** As {@link #require(String, long)}, for a record whose entity tag is not a version number. */
    public void require(String what, String currentTag) {
        if (!sent()) {
            throw new PreconditionRequired(Map.of("record", what));
        }
        checkIfSent(what, currentTag);
    }

    /** A change that does not need If-Match, such as a decision about the record; checked when sent. */
    public void checkIfSent(String what, long version) {
        checkIfSent(what, Long.toString(version));
    }

    private void checkIfSent(String what, String currentTag) {
        if (sent() && !any && !strongTags.contains(currentTag)) {
            throw new PreconditionFailed(Map.of("record", what, "ifMatch", header, "currentETag", "\"" + currentTag + "\""));
        }
    }

    @Override
    public String toString() {
        return sent() ? header : "(no If-Match)";
    }
}

package id.go.kinerja.platform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the items, where the page is, and how many there are in all. A list read by
 * {@code updatedSince} or {@code cursor} ({@link ListWindow}) also gives {@code next}, the cursor to read on from.
 */
@Schema(description = "A page of results")
public record PageOf<T>(
        List<T> items,
        int page,
        int size,
        long total,
        @Schema(description = "Only on a list read with updatedSince or cursor: the cursor after the last item; pass "
                + "it as cursor to read the next page, and keep the last one to resume the next synchronisation",
                example = "MjAyNS0wNC0wMlQwODowMDowMFp8M2YxYzJhOWUtN2I0ZC00YzFlLTlhNjUtMmYwZDhjN2I1ZTEw")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String next) {

    public static final int MAX_SIZE = 200;

    public PageOf(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    /** The same page with other items (e.g. narrowed to what the caller may see). */
    public <R> PageOf<R> withItems(List<R> others) {
        return new PageOf<>(others, page, size, total, next);
    }
}

package id.go.kinerja.web.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The previous / next links of a paged list (the archive, the rounds, the audit trail): the page's own address with
 * its filters kept and {@code halaman} set. Pages count from 0 as the services count them; people read them from 1.
 *
 * @param lastPage the last page a person may go to (a list merged from several services reaches only so deep)
 */
public record Pager(String path, Map<String, String> filters, int page, int size, long total, int lastPage) {

    public static Pager of(String path, Map<String, String> filters, int page, int size, long total) {
        return new Pager(path, filters, page, size, total, Integer.MAX_VALUE);
    }

    /** The page a link asked for ({@code halaman}, from 0); anything else is the first page. */
    public static int requested(String halaman) {
        try {
            return halaman == null ? 0 : Math.max(0, Integer.parseInt(halaman.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total && page < lastPage;
    }

    /** True when more entries exist than the pages reach. */
    public boolean cutOff() {
        return (long) (page + 1) * size < total && page >= lastPage;
    }

    public int number() {
        return page + 1;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public String previous() {
        return link(page - 1);
    }

    public String next() {
        return link(page + 1);
    }

    private String link(int target) {
        Map<String, String> query = new LinkedHashMap<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.put(name, value);
            }
        });
        if (target > 0) {
            query.put("halaman", Integer.toString(target));
        }
        if (query.isEmpty()) {
            return path;
        }
        StringJoiner joined = new StringJoiner("&", path + "?", "");
        query.forEach((name, value) -> joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }
}

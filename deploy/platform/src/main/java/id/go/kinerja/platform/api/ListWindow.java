package id.go.kinerja.platform.api;

import static id.go.kinerja.platform.problem.PlatformProblem.LIST_PARAMETER_INVALID;

import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.PlatformProblem;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which part of a list a request reads, and in which order (docs/api-guide.md, "Lists").
 * <ul>
 *   <li>Without {@code updatedSince} and {@code cursor}: page {@code page} of {@code size}, in the list's own order
 *       or by the one {@code sort} field asked for, ties broken by id so that paging is stable.</li>
 *   <li>With either: keyset paging in change order, (updatedAt, id) ascending, the first {@code size} items after the
 *       cursor (or changed at or after {@code updatedSince}), and {@code next} = the cursor of the last one. Items
 *       changed at the same instant are ordered by id, so one that falls on a page boundary is neither skipped nor
 *       repeated; an item changed again later moves behind the cursor and comes once more.</li>
 * </ul>
 * A sort field the list does not offer, an unreadable instant or cursor answer 400.
 */
public final class ListWindow {

    private static final String CURSOR_AT = "listCursorAt";
    private static final String CURSOR_ID = "listCursorId";
    private static final String SINCE = "listUpdatedSince";

    private final Fields fields;
    private final Sort sort;
    private final Instant since;
    private final Cursor after;
    private final int page;
    private final int size;

    private ListWindow(Fields fields, Sort sort, Instant since, Cursor after, int page, int size) {
        this.fields = fields;
        this.sort = sort;
        this.since = since;
        this.after = after;
        this.page = page;
        this.size = size;
    }

    /**
     * The fields a list offers to {@code sort} (API name → entity path), the entity paths of its id (a UUID) and of
     * the instant it last changed, and the order it has when no sort is asked for.
     */
    public record Fields(Map<String, String> sortable, String id, String updatedAt, Sort defaultOrder) {

        public static Fields of(String id, String updatedAt, Sort defaultOrder) {
            Map<String, String> sortable = new LinkedHashMap<>();
            sortable.put("updatedAt", updatedAt);
            return new Fields(sortable, id, updatedAt, defaultOrder);
        }

        /** Offers one more field to sort by. */
        public Fields sortable(String name, String path) {
            Map<String, String> more = new LinkedHashMap<>(sortable);
            more.put(name, path);
            return new Fields(more, id, updatedAt, defaultOrder);
        }

        /** For an endpoint's description: the field names {@code sort} takes. */
        public String names() {
            return String.join(", ", sortable.keySet());
        }
    }

    public static ListWindow of(ListParameters request, Fields fields, int page, int size) {
        Instant since = request.updatedSince == null || request.updatedSince.isBlank() ? null
                : instant(request.updatedSince.strip());
        Cursor after = request.cursor == null || request.cursor.isBlank() ? null : Cursor.parse(request.cursor.strip());
        Sort asked = request.sort == null || request.sort.isBlank() ? null : sort(request.sort.strip(), fields);
        if (since == null && after == null) {
            Sort order = asked != null ? asked : fields.defaultOrder();
            return new ListWindow(fields, order.and(fields.id(), order.getColumns().get(0).getDirection()), null, null,
                    page, size);
        }
        if (asked != null && !(asked.getColumns().get(0).getName().equals(fields.updatedAt())
                && asked.getColumns().get(0).getDirection() == Sort.Direction.Ascending)) {
            throw new InvalidInput(LIST_PARAMETER_INVALID, "sort", PlatformProblem.text("list.sortInChangeOrder"));
        }
        if (page != 0) {
            throw new InvalidInput(LIST_PARAMETER_INVALID, "page", PlatformProblem.text("list.pageInChangeOrder"));
        }
        return new ListWindow(fields, Sort.ascending(fields.updatedAt(), fields.id()), since, after, 0, size);
    }

    /** {@code conditions} (a JPQL where clause) narrowed to the window; adds its parameters to {@code parameters}. */
    public String where(String conditions, Parameters parameters) {
        StringBuilder where = new StringBuilder(conditions);
        if (since != null) {
            where.append(" and ").append(fields.updatedAt()).append(" >= :").append(SINCE);
            parameters.and(SINCE, since);
        }
        if (after != null) {
            where.append(" and (").append(fields.updatedAt()).append(" > :").append(CURSOR_AT).append(" or (")
                    .append(fields.updatedAt()).append(" = :").append(CURSOR_AT).append(" and ").append(fields.id())
                    .append(" > :").append(CURSOR_ID).append("))");
            parameters.and(CURSOR_AT, after.updatedAt()).and(CURSOR_ID, after.id());
        }
        return where.toString();
    }

    public Sort sort() {
        return sort;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** Index of the first row to read (for a query's range). */
    public int firstRow() {
        return page * size;
    }

    /** Index of the last row to read (inclusive, as a query's range takes it). */
    public int lastRow() {
        return firstRow() + size - 1;
    }

    public boolean isChangeFeed() {
        return since != null || after != null;
    }

    /**
     * The page of these items (read with {@link #where}, {@link #sort} and the range {@link #firstRow} ..
     * {@link #lastRow}), {@code total} counted with the same {@link #where}; in change order its {@code next} is the
     * cursor of the last item, or the request's own cursor when there is none, so that a synchronisation can always
     * resume from it.
     */
    public <T> PageOf<T> page(List<T> items, long total, Function<T, Instant> updatedAt, Function<T, UUID> id) {
        if (!isChangeFeed()) {
            return new PageOf<>(items, page, size, total);
        }
        String next;
        if (!items.isEmpty()) {
            T last = items.get(items.size() - 1);
            next = new Cursor(updatedAt.apply(last), id.apply(last)).text();
        } else if (after != null) {
            next = after.text();
        } else {
            // nothing changed since: resume from the same instant (inclusive, as updatedSince is), before any id
            next = new Cursor(since.minusNanos(1000), new UUID(-1L, -1L)).text();
        }
        return new PageOf<>(items, page, size, total, next);
    }

    private static Sort sort(String text, Fields fields) {
        String name = text;
        Sort.Direction direction = Sort.Direction.Ascending;
        if (name.startsWith("-")) {
            name = name.substring(1);
            direction = Sort.Direction.Descending;
        } else if (name.contains(",")) {
            String given = name.substring(name.indexOf(',') + 1).strip().toLowerCase();
            name = name.substring(0, name.indexOf(',')).strip();
            direction = switch (given) {
                case "asc" -> Sort.Direction.Ascending;
                case "desc" -> Sort.Direction.Descending;
                default -> throw new InvalidInput(LIST_PARAMETER_INVALID, "sort",
                        PlatformProblem.text("list.sortDirection", given));
            };
        }
        String path = fields.sortable().get(name);
        if (path == null) {
            throw new InvalidInput(LIST_PARAMETER_INVALID, "sort", PlatformProblem.text("list.sortField", fields.names()));
        }
        return Sort.by(path, direction);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(LIST_PARAMETER_INVALID, "updatedSince", PlatformProblem.text("list.updatedSince"));
        }
    }

    /**
     * Where a previous page ended: the change instant (to the database's microsecond) and id of its last item,
     * opaque to clients (base64url of {@code <instant>|<id>}).
     */
    record Cursor(Instant updatedAt, UUID id) {

        Cursor {
            updatedAt = updatedAt.truncatedTo(ChronoUnit.MICROS);
        }

        String text() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((updatedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String text) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                int bar = plain.indexOf('|');
                return new Cursor(Instant.parse(plain.substring(0, bar)), UUID.fromString(plain.substring(bar + 1)));
            } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw new InvalidInput(LIST_PARAMETER_INVALID, "cursor", PlatformProblem.text("list.cursor"));
            }
        }
    }
}

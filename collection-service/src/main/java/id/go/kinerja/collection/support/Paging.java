package id.go.kinerja.collection.support;

import id.go.kinerja.platform.api.PageOf;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** Turns a Panache query into one page of response records. */
public final class Paging {

    private Paging() {
    }

    public static <E, R> PageOf<R> page(PanacheQuery<E> query, int page, int size, Function<E, R> view) {
        List<R> items = query.page(page, size).list().stream().map(view).toList();
        return new PageOf<>(items, page, size, query.count());
    }
}

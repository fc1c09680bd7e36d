package id.go.kinerja.platform.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where the page is, and how many there are in all. */
@Schema(description = "A page of results")
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;
}

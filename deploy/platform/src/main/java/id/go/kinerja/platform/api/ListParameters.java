package id.go.kinerja.platform.api;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every list an integration synchronises takes besides its filters and paging: how to sort it,
 * and from where to read changes ({@link ListWindow}, docs/api-guide.md "Lists").
 */
public class ListParameters {

    @QueryParam("sort")
    @Size(max = 60)
    @Parameter(description = "One field, ascending unless followed by ,desc or preceded by -: e.g. updatedAt,desc or "
            + "-updatedAt. The fields each list allows are in its description; any other answers 400.",
            example = "updatedAt,desc")
    public String sort;

    @QueryParam("updatedSince")
    @Size(max = 40)
    @Parameter(description = "Only items changed at or after this instant (ISO-8601, e.g. 2025-04-01T00:00:00Z), "
            + "oldest change first; the page carries next, the cursor to read on from",
            example = "2025-04-01T00:00:00Z")
    public String updatedSince;

    @QueryParam("cursor")
    @Size(max = 200)
    @Parameter(description = "The next of a previous page: the items changed after it, oldest change first. Items "
            + "changed at the same instant are neither skipped nor repeated across pages.")
    public String cursor;

    public ListParameters() {
    }

    public ListParameters(String sort, String updatedSince, String cursor) {
        this.sort = sort;
        this.updatedSince = updatedSince;
        this.cursor = cursor;
    }
}

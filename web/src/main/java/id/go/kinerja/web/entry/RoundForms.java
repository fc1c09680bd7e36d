package id.go.kinerja.web.entry;

import id.go.kinerja.web.backend.Download;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;

/** The answers the round pages' forms give: back to the page after success, a file. */
final class RoundForms {

    private RoundForms() {
    }

    /** 303 to the round's page, at the card acted on, with the fixed sentence {@code message} names. */
    static Response seeOther(String page, UUID roundId, String message, String indicatorCode) {
        return Response.seeOther(UriBuilder.fromPath(page).queryParam("pesan", message)
                .fragment("butir-" + indicatorCode).build(roundId)).build();
    }

    /** A file of the service passed on as it came (the service names it; the browser must not sniff it). */
    static Response pass(Download file) {
        Response.ResponseBuilder response = Response.ok(file.content(), file.contentType())
                .header("X-Content-Type-Options", "nosniff");
        if (file.contentDisposition() != null) {
            response.header("Content-Disposition", file.contentDisposition());
        }
        return response.build();
    }
}

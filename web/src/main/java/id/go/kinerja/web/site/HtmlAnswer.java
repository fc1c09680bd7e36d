package id.go.kinerja.web.site;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A page answered with a status of its own: a form the service refused shows its page again with the service's status. */
public final class HtmlAnswer {

    private HtmlAnswer() {
    }

    public static Response of(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }
}

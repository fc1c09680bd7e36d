package id.go.kinerja.web.secretary;

import id.go.kinerja.web.backend.ServiceProblem;
import id.go.kinerja.web.site.HtmlAnswer;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A form the service refused, for the page that shows it again: which form it was, the service's problem, what the
 * person typed (kept, never lost), and whether that form is on the page to show the problem beside it (otherwise the
 * page shows it at the top, e.g. when the recap was approved meanwhile and its forms are gone).
 */
public record Attempt(String form, ServiceProblem problem, Map<String, String> typed, boolean atForm) {

    public static final Attempt NONE = new Attempt("", null, Map.of(), false);

    public static Attempt refused(String form, ServiceProblem problem, Map<String, String> typed) {
        return new Attempt(form, problem, typed, false);
    }

    /** Sends what the form asks for; a refusal becomes the attempt to show again, null when the service did it. */
    public static Attempt send(String form, Map<String, String> typed, Runnable request) {
        try {
            request.run();
            return null;
        } catch (ServiceProblem problem) {
            return refused(form, problem, typed);
        }
    }

    /** The page again with the refusal on it, answered with the service's status. */
    public Response answer(TemplateInstance page) {
        return HtmlAnswer.of(status(), page);
    }

    public Attempt placed(boolean formOnPage) {
        return new Attempt(form, problem, typed, formOnPage);
    }

    public boolean at(String name) {
        return form.equals(name);
    }

    /** This attempt when it was the named form, else none: {@code {#let a=attempt.of('persetujuan')}}. */
    public Attempt of(String name) {
        return at(name) ? this : NONE;
    }

    /** The attempt at the decision form of one item (indicator). */
    public Attempt ofItem(String indicatorCode) {
        return of("butir-" + indicatorCode);
    }

    /** What the person typed in the field, or the empty text. */
    public String value(String field) {
        String value = typed.get(field);
        return value == null ? "" : value;
    }

    /** The service's error of a field (e.g. {@code reason}, or any of {@code attendees[0]}, {@code attendees[1]}). */
    public String errorOf(String field) {
        if (problem == null) {
            return null;
        }
        return problem.errors().stream()
                .filter(error -> error.field().equals(field) || error.field().startsWith(field + "[")
                        || error.field().startsWith(field + "."))
                .map(ServiceProblem.FieldError::message).findFirst().orElse(null);
    }

    /** A list of the problem's context as text, e.g. the {@code undecided} items of ITEMS_NOT_ACCEPTED. */
    public List<String> listed(String key) {
        List<String> values = new ArrayList<>();
        if (problem != null) {
            problem.context().path(key).forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    /** The HTTP status the page answers with: the service's, or 200 when nothing was refused. */
    public int status() {
        return problem == null ? 200 : problem.status();
    }
}

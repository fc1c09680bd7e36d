package id.go.kinerja.platform.problem;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/** The languages problems are written in: Bahasa Indonesia unless the caller's {@code Accept-Language} prefers English. */
public final class Languages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

    private Languages() {
    }

    /** The best match of an {@code Accept-Language} header among Indonesian and English; anything else is Indonesian. */
    public static Locale of(String acceptLanguage) {
        return of(acceptLanguage, INDONESIAN);
    }

    /** The best match of an {@code Accept-Language} header among Indonesian and English, else {@code otherwise}. */
    public static Locale of(String acceptLanguage, Locale otherwise) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return otherwise;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return chosen == null ? otherwise : chosen;
        } catch (IllegalArgumentException unreadable) {
            return otherwise;
        }
    }

    /** The language of the request this thread answers: its Accept-Language, else the configured default. */
    public static Locale ofThisRequest() {
        Locale otherwise = ConfigProvider.getConfig().getOptionalValue("kinerja.problems.default-language", String.class)
                .map(Locale::forLanguageTag).orElse(Languages.INDONESIAN);
        ArcContainer container = Arc.container();
        RoutingContext request = container == null || !container.requestContext().isActive() ? null
                : container.instance(CurrentVertxRequest.class).get().getCurrent();
        return Languages.of(request == null ? null : request.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE), otherwise);
    }
}

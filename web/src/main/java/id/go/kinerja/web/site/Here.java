package id.go.kinerja.web.site;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page being shown, for the menu to mark where the person is ({@code aria-current}); templates: {@code inject:here}. */
@RequestScoped
@Named("here")
public class Here {

    @Inject
    HttpServerRequest request;

    /** True on the page at {@code path} and the pages under it ("/" only on Beranda itself). */
    public boolean within(String path) {
        String current = request.path();
        if (path.equals("/")) {
            return current.equals("/");
        }
        return current.equals(path) || current.startsWith(path + "/");
    }
}

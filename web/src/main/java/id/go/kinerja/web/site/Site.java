package id.go.kinerja.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What every page's header shows of the deployment (templates: {@code inject:site}). */
@ApplicationScoped
@Named("site")
public class Site {

    @Inject
    WebConfig config;

    public String agencyName() {
        return config.agencyName();
    }

    public String agencyLogo() {
        return config.agencyLogo().orElse(null);
    }

    public boolean devSignIn() {
        return config.devSignIn().enabled();
    }
}

package id.go.kinerja.web.site;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The web application's settings ({@code kinerja.web.*}); every one can be set per deployment by environment. */
@ConfigMapping(prefix = "kinerja.web")
public interface WebConfig {

    /** The agency's name in the header of every page, e.g. "Dinas Perdagangan dan Transmigrasi". */
    @WithDefault("e-Kinerja")
    String agencyName();

    /** Address of the agency's logo (an image) in the header; none: the application's mark. */
    Optional<String> agencyLogo();

    /** Where the four services answer (base URLs, without {@code /api/...}). */
    Services services();

    DevSignIn devSignIn();

    interface Services {
        @WithDefault("http://localhost:8081")
        String collection();

        @WithDefault("http://localhost:8082")
        String measurement();

        @WithDefault("http://localhost:8083")
        String approval();

        @WithDefault("http://localhost:8084")
        String archive();
    }

    /**
     * The sign-in page of local runs that lists the demo agency's people and signs their tokens with the dev key.
     * Off unless a profile for local runs, dev mode or tests turns it on; production signs in at the identity
     * provider.
     */
    interface DevSignIn {
        @WithDefault("false")
        boolean enabled();

        /** The dev private key (PEM), e.g. {@code file:deploy/local/dev-jwt/privateKey.pem}. */
        Optional<String> keyLocation();

        /** The issuer the services expect of dev tokens. */
        @WithDefault("https://kinerja.local/dev")
        String issuer();
    }
}

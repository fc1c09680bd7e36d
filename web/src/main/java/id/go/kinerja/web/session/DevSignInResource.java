package id.go.kinerja.web.session;

import id.go.kinerja.web.site.WebConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The dev sign-in of local runs (Masuk): pick one of the demo agency's people and work as them, with a token signed
 * by the dev key that the services of a local run trust. Answers 404 unless {@code kinerja.web.dev-sign-in.enabled};
 * production signs in at the regency's identity provider (OpenID Connect) instead.
 */
@Path("/")
public class DevSignInResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(List<DevPeople.DevPerson> people);
    }

    @Inject
    WebConfig config;

    @Inject
    DevSessions sessions;

    @GET
    @Path("masuk")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signInPage() {
        requireDevSignIn();
        return Templates.signIn(DevPeople.all());
    }

    @POST
    @Path("masuk")
    public Response signIn(@FormParam("userName") String userName) {
        requireDevSignIn();
        DevPeople.DevPerson person = DevPeople.byUserName(userName == null ? "" : userName)
                .orElseThrow(() -> new NotFoundException("no such demo person"));
        String sessionId = sessions.open(token(person));
        return Response.seeOther(URI.create("/")).cookie(sessionCookie(sessionId, (int) DevSessions.LIFETIME.toSeconds())).build();
    }

    @POST
    @Path("keluar")
    public Response signOut(@CookieParam(DevSessions.COOKIE) String sessionId) {
        requireDevSignIn();
        if (sessionId != null) {
            sessions.close(sessionId);
        }
        return Response.seeOther(URI.create("/masuk")).cookie(sessionCookie("", 0)).build();
    }

    private String token(DevPeople.DevPerson person) {
        JwtClaimsBuilder claims = Jwt.issuer(config.devSignIn().issuer())
                .subject(person.userName())
                .upn(person.userName())
                .preferredUserName(person.userName())
                .claim("name", person.name())
                .groups(Set.of(person.role()))
                .claim("agency", person.agency())
                .expiresIn(DevSessions.LIFETIME);
        if (person.division() != null) {
            claims.claim("division", person.division());
        }
        String keyLocation = config.devSignIn().keyLocation()
                .orElseThrow(() -> new IllegalStateException("kinerja.web.dev-sign-in.key-location is not set"));
        return claims.jws().keyId("kinerja-dev").sign(keyLocation);
    }

    private static NewCookie sessionCookie(String value, int maxAge) {
        return new NewCookie.Builder(DevSessions.COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    private void requireDevSignIn() {
        if (!config.devSignIn().enabled()) {
            throw new NotFoundException();
        }
    }
}

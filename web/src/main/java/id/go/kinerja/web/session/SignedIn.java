package id.go.kinerja.web.session;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The signed-in {@link Person} of the current request, whichever way they signed in: the access token of the
 * identity provider's authorization-code flow, or of the dev sign-in. Templates reach it as
 * {@code inject:signedIn.person}; pages inject this bean (request-scoped), never a {@code Person}, so that a page,
 * which lives as long as the application, always asks for the person of the request at hand.
 */
@RequestScoped
@Named("signedIn")
public class SignedIn {

    private static final Person NOBODY = new Person("", "", Set.of(), null, null, null);

    @Inject
    SecurityIdentity identity;

    private Person person;

    public Person person() {
        if (person == null) {
            person = read();
        }
        return person;
    }

    public boolean isPresent() {
        return !identity.isAnonymous();
    }

    private Person read() {
        if (identity.isAnonymous()) {
            return NOBODY;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            throw new IllegalStateException("signed in without an access token: " + identity.getPrincipal().getName());
        }
        return Person.fromAccessToken(token.getToken());
    }
}

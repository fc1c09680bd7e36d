package id.go.kinerja.web.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of the dev sign-in, in memory: the cookie carries a random session id, never the token. A restart
 * signs everybody out, which suits a local run.
 */
@ApplicationScoped
public class DevSessions {

    public static final String COOKIE = "kinerja-sesi";
    static final Duration LIFETIME = Duration.ofHours(12);

    private record Session(String accessToken, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    public String open(String accessToken) {
        byte[] id = new byte[32];
        random.nextBytes(id);
        String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        sessions.put(sessionId, new Session(accessToken, clock.instant().plus(LIFETIME)));
        return sessionId;
    }

    public Optional<String> accessToken(String sessionId) {
        Session session = sessions.get(sessionId);
        if (session == null) {
            return Optional.empty();
        }
        if (session.expiresAt().isBefore(clock.instant())) {
            sessions.remove(sessionId);
            return Optional.empty();
        }
        return Optional.of(session.accessToken());
    }

    public void close(String sessionId) {
        sessions.remove(sessionId);
    }
}

package id.go.kinerja.platform.idempotency;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The stored answer of an earlier request with the same Idempotency-Key, given instead of running the write again. */
public final class Replay extends RuntimeException {

    private final transient StoredAnswer answer;

    Replay(StoredAnswer answer) {
        super(null, null, false, false);
        this.answer = answer;
    }

    /** Answers the replay as the first answer went out, marked {@code Idempotent-Replayed: true}. */
    public static final class Mapper {

        @ServerExceptionMapper
        public Response replay(Replay replay) {
            StoredAnswer answer = replay.answer;
            Response.ResponseBuilder builder = Response.status(answer.status())
                    .header(StoredAnswer.REPLAYED_HEADER, "true");
            if (answer.body() != null) {
                builder.entity(answer.body()).type(answer.contentType());
            }
            if (answer.location() != null) {
                builder.header("Location", answer.location());
            }
            if (answer.etag() != null) {
                builder.tag(EntityTag.valueOf(answer.etag()));
            }
            return builder.build();
        }
    }
}

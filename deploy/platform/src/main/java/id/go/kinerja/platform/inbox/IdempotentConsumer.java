package id.go.kinerja.platform.inbox;

import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.events.ReceivedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Applies an incoming event at most once: the event is read, and its effect and the inbox record commit
 * in one transaction. A message that is not an event throws {@link MalformedEventException}; so does an
 * effect that cannot be applied to this event at all. The messaging layer then sends it to the
 * dead-letter topic and goes on with the next one.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    Inbox inbox;

    /** @return true if the effect was applied, false for a redelivered event that was already applied */
    public boolean applyOnce(String consumer, String message, Consumer<ReceivedEvent> effect) {
        ReceivedEvent event = EventJson.read(message);
        boolean applied = QuarkusTransaction.requiringNew().call(() -> {
            if (!inbox.firstDelivery(consumer, event.envelope())) {
                return false;
            }
            effect.accept(event);
            return true;
        });
        if (!applied) {
            LOG.debugf("%s ignored redelivered event %s", consumer, event.envelope().eventId());
        }
        return applied;
    }
}

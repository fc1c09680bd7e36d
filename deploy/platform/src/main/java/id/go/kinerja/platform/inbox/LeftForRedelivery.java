package id.go.kinerja.platform.inbox;

/**
 * The service stopped while an event waited for the database: the event was not applied, and it is neither
 * acknowledged nor dead-lettered. Its offset stays uncommitted, so Kafka delivers it again after the restart (or to
 * the instance that takes the partition over). {@link DeadLetterUnlessStopping} lets it pass without a dead letter.
 */
public class LeftForRedelivery extends RuntimeException {

    public LeftForRedelivery(String what, Throwable lastFailure) {
        super(what + " was not applied: the service is stopping; the event stays uncommitted and is delivered again",
                lastFailure);
    }
}

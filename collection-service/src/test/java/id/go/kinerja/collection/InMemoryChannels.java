package id.go.kinerja.collection;

import id.go.kinerja.collection.recap.RecapApprovedConsumer;
import id.go.kinerja.collection.recap.RecapArchivedConsumer;
import id.go.kinerja.collection.recap.RecapReturnedConsumer;
import id.go.kinerja.collection.sop.RecapDisposedConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Collection's incoming channels as the {@link InMemoryConsumers} profile switches them, for the tests of the
 * consumers' decisions: deliver an event to a consumer, and bring a recap to where a test starts.
 */
@ApplicationScoped
public class InMemoryChannels {

    @Inject
    MeterRegistry meters;

    /** RecapReturned (SOP A10). */
    public InMemoryChannel returns() {
        return new InMemoryChannel(RecapReturnedConsumer.CHANNEL, Events.RECAP_RETURNED, "RecapReturned", meters);
    }

    /** RecapApproved (SOP A10). */
    public InMemoryChannel approvals() {
        return new InMemoryChannel(RecapApprovedConsumer.CHANNEL, Events.RECAP_APPROVED, "RecapApproved", meters);
    }

    /** RecapArchived (SOP A12). */
    public InMemoryChannel seals() {
        return new InMemoryChannel(RecapArchivedConsumer.CHANNEL, Events.RECAP_ARCHIVED, "RecapArchived", meters);
    }

    /** RecapDisposed (SOP A11). */
    public InMemoryChannel dispositions() {
        return new InMemoryChannel(RecapDisposedConsumer.CHANNEL, Events.RECAP_DISPOSED, "RecapDisposed", meters);
    }

    /** A recap of a fresh agency, submitted and approved as revision 1. */
    public SubmittedRecap approvedRecap() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();
        approvals().accepts(recap.recapId(), recap.approved(1));
        return recap;
    }

    /** Revision 1 returned with IKP-01 to collection, corrected to 26 and submitted again as revision 2. */
    public void returnAndResubmit(SubmittedRecap recap) {
        returns().accepts(recap.recapId(), recap.returned(1, new String[] {"IKP-01", "Bukti belum ada", "COLLECTION"}));
        recap.correctAndResubmit("IKP-01", 26, 2);
    }
}

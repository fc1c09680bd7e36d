package id.go.kinerja.collection.recap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.collection.Events;
import id.go.kinerja.collection.InMemoryChannels;
import id.go.kinerja.collection.InMemoryConsumers;
import id.go.kinerja.collection.SubmittedRecap;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.inbox.IgnoredEvents.Reason;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the consumer of RecapReturned (SOP A10) applies, ignores and refuses, without the broker. */
@QuarkusTest
@TestProfile(InMemoryConsumers.class)
class RecapReturnedConsumerTest {

    private static final String[] TO_COLLECTION = {"IKP-01", "Bukti daftar hadir belum dilampirkan", "COLLECTION"};
    private static final String[] TO_MEASUREMENT = {"IKK-01", "Gunakan rumus rentang", "MEASUREMENT"};

    @Inject
    InMemoryChannels channels;

    @Test
    void aReturnOfTheRevisionUnderReviewReopensOnlyTheItemsSentToCollection() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();

        channels.returns().accepts(recap.recapId(), recap.returned(1, TO_COLLECTION, TO_MEASUREMENT));

        recap.entry("IKP-01").body("state", equalTo("RETURNED")).body("returned.returnTo", equalTo("COLLECTION"));
        recap.entry("IKK-01").body("state", equalTo("VERIFIED")).body("returned.returnTo", equalTo("MEASUREMENT"));
        recap.entry("IKU-01").body("state", equalTo("VERIFIED"));
        recap.recap().body("status", equalTo("RETURNED"))
                .body("revisions[0].returned.items.indicatorCode", contains("IKP-01", "IKK-01"));
        recap.round().body("status", equalTo("RETURNED"));
    }

    @Test
    void theSameReturnDeliveredAgainIsIgnoredAndTheCorrectedEntryStaysVerified() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();
        String returned = recap.returned(1, TO_COLLECTION);
        channels.returns().accepts(recap.recapId(), returned);
        recap.agency().enterAndVerify(recap.roundId(), "IKP-01", 26);

        channels.returns().ignores(Reason.REDELIVERED, recap.recapId(), returned);

        recap.entry("IKP-01").body("state", equalTo("VERIFIED")).body("value", equalTo(26));
    }

    @Test
    void aReturnOfAnOlderRevisionIsIgnoredAsStale() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();
        channels.returnAndResubmit(recap);

        channels.returns().ignores(Reason.STALE_REVISION, recap.recapId(),
                recap.returned(1, new String[] {"IKU-01", "Terlambat", "COLLECTION"}));

        recap.recap().body("status", equalTo("SUBMITTED")).body("currentRevision", equalTo(2));
        recap.entry("IKU-01").body("state", equalTo("VERIFIED"));
    }

    @Test
    void aReturnAfterTheApprovalIsIgnoredAsSupersededAndReopensNothing() {
        SubmittedRecap recap = channels.approvedRecap();

        channels.returns().ignores(Reason.SUPERSEDED, recap.recapId(), recap.returned(1, TO_COLLECTION));

        recap.round().body("status", equalTo("APPROVED")).body("items.state", everyItem(equalTo("LOCKED")));
    }

    @Test
    void aSecondReturnOfTheSameRevisionIsIgnoredAsSuperseded() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();
        channels.returns().accepts(recap.recapId(), recap.returned(1, TO_MEASUREMENT));

        channels.returns().ignores(Reason.SUPERSEDED, recap.recapId(), recap.returned(1, TO_COLLECTION));

        recap.entry("IKP-01").body("state", equalTo("VERIFIED"));
    }

    @Test
    void aReturnThatCannotBelongToTheRecapIsRefusedAndChangesNothing() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();
        String stranger = UUID.randomUUID().toString();

        assertRefused(recap.recapId(), "{not an event", "Not a readable event");
        assertRefused(stranger, Events.recapReturned(UUID.randomUUID().toString(), recap.agency(), stranger,
                recap.roundId(), 1, TO_COLLECTION), "which collection never submitted");
        assertRefused(recap.recapId(), recap.returned(1, new String[] {"IKX-99", "Tidak dikenal", "COLLECTION"}),
                "which is not an item of the recap");
        assertRefused(recap.recapId(), recap.returned(2, TO_COLLECTION), "which was never submitted");
        assertRefused(recap.recapId(), Events.recapReturned(UUID.randomUUID().toString(), recap.agency(), recap.recapId(),
                UUID.randomUUID().toString(), 1, TO_COLLECTION), "but recap " + recap.recapId() + " belongs to round");

        recap.recap().body("status", equalTo("SUBMITTED")).body("revisions[0].returned", nullValue());
        recap.entry("IKP-01").body("state", equalTo("VERIFIED"));
    }

    private void assertRefused(String recapId, String event, String why) {
        String refusal = channels.returns().refuses(recapId, event, MalformedEventException.class).getMessage();
        assertTrue(refusal.contains(why), refusal);
    }
}

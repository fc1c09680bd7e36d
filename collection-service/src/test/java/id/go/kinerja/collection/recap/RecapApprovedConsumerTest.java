package id.go.kinerja.collection.recap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
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

/** What the consumer of RecapApproved (SOP A10) applies, ignores and refuses, without the broker. */
@QuarkusTest
@TestProfile(InMemoryConsumers.class)
class RecapApprovedConsumerTest {

    @Inject
    InMemoryChannels channels;

    @Test
    void anApprovalLocksEveryEntryAndTheRoundFollowsTheRecap() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();

        channels.approvals().accepts(recap.recapId(), recap.approved(1));

        recap.recap().body("status", equalTo("APPROVED"))
                .body("approval.by", equalTo("secretary@" + recap.agency().code.toLowerCase()))
                .body("approval.note", equalTo("Disetujui"));
        recap.round().body("status", equalTo("APPROVED")).body("items.state", everyItem(equalTo("LOCKED")));
        recap.agency().submit(recap.roundId()).statusCode(409);
    }

    @Test
    void aRecapReturnedOnlyToMeasurementIsApprovedWithoutAResubmission() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();
        channels.returns().accepts(recap.recapId(),
                recap.returned(1, new String[] {"IKK-01", "Gunakan rumus rentang", "MEASUREMENT"}));

        channels.approvals().accepts(recap.recapId(), recap.approved(1));

        recap.recap().body("status", equalTo("APPROVED")).body("currentRevision", equalTo(1));
        recap.round().body("status", equalTo("APPROVED"));
    }

    @Test
    void aSecondApprovalIsIgnoredAsSupersededAndTheSameOneAsARedelivery() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();
        String approved = recap.approved(1);
        channels.approvals().accepts(recap.recapId(), approved);

        channels.approvals().ignores(Reason.SUPERSEDED, recap.recapId(), recap.approved(1));
        channels.approvals().ignores(Reason.REDELIVERED, recap.recapId(), approved);

        recap.recap().body("status", equalTo("APPROVED"));
    }

    @Test
    void anApprovalOfAnOlderRevisionIsIgnoredAsStale() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();
        channels.returnAndResubmit(recap);

        channels.approvals().ignores(Reason.STALE_REVISION, recap.recapId(), recap.approved(1));

        recap.recap().body("status", equalTo("SUBMITTED")).body("currentRevision", equalTo(2));
        recap.entry("IKP-01").body("state", equalTo("VERIFIED"));
    }

    @Test
    void anApprovalOfANewerSchemaVersionIsLeftToItsTwinInTheVersionReadHere() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();

        channels.approvals().ignores(Reason.NEWER_SCHEMA_VERSION, recap.recapId(),
                recap.approved(1).replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"));

        recap.recap().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void anApprovalOfARecapOrRevisionCollectionNeverSubmittedOrOfAnotherTypeIsRefused() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();
        String stranger = UUID.randomUUID().toString();

        assertRefused(stranger, Events.recapApproved(recap.agency(), stranger, recap.roundId(), 1),
                "which collection never submitted");
        assertRefused(recap.recapId(), recap.approved(2), "which was never submitted");
        assertRefused(recap.recapId(), recap.approved(1).replace("\"RecapApproved\"", "\"RecapReturned\""),
                "RecapReturned");

        recap.recap().body("status", equalTo("SUBMITTED"));
        recap.round().body("items.state", everyItem(equalTo("VERIFIED")));
    }

    private void assertRefused(String recapId, String event, String why) {
        String refusal = channels.approvals().refuses(recapId, event, MalformedEventException.class).getMessage();
        assertTrue(refusal.contains(why), refusal);
    }
}

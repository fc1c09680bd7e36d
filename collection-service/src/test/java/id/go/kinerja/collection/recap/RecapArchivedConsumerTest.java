package id.go.kinerja.collection.recap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.collection.InMemoryChannels;
import id.go.kinerja.collection.InMemoryConsumers;
import id.go.kinerja.collection.SubmittedRecap;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.inbox.IgnoredEvents.Reason;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** What the consumer of RecapArchived (SOP A12) applies, ignores and refuses, without the broker. */
@QuarkusTest
@TestProfile(InMemoryConsumers.class)
class RecapArchivedConsumerTest {

    private static final String HASH = "ab".repeat(32);

    @Inject
    InMemoryChannels channels;

    @Test
    void theSealOfTheApprovedRecapIsShownAndTheRoundIsArchived() {
        SubmittedRecap recap = channels.approvedRecap();

        channels.seals().accepts(recap.recapId(), recap.archived(1, "ARS-2025-0007"));

        recap.recap().body("status", equalTo("ARCHIVED"))
                .body("archive.archiveId", equalTo("ARS-2025-0007"))
                .body("archive.contentHash", equalTo(HASH))
                .body("archive.chainPosition", equalTo(7));
        recap.round().body("status", equalTo("ARCHIVED")).body("items.state", everyItem(equalTo("LOCKED")));
    }

    @Test
    void aSealArrivingBeforeTheApprovalApprovesTheRecapFirst() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();

        channels.seals().accepts(recap.recapId(), recap.archived(1, "ARS-2025-0008"));

        recap.recap().body("status", equalTo("ARCHIVED"))
                .body("approval.note", nullValue())
                .body("archive.archiveId", equalTo("ARS-2025-0008"));
        recap.round().body("status", equalTo("ARCHIVED")).body("items.state", everyItem(equalTo("LOCKED")));
    }

    @Test
    void aSecondSealIsIgnoredAsSupersededAndTheFirstStays() {
        SubmittedRecap recap = channels.approvedRecap();
        channels.seals().accepts(recap.recapId(), recap.archived(1, "ARS-2025-0009"));

        channels.seals().ignores(Reason.SUPERSEDED, recap.recapId(), recap.archived(1, "ARS-2025-0010"));

        recap.recap().body("archive.archiveId", equalTo("ARS-2025-0009"));
    }

    @Test
    void aSealOfAnOlderRevisionIsIgnoredAsStale() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();
        channels.returnAndResubmit(recap);

        channels.seals().ignores(Reason.STALE_REVISION, recap.recapId(), recap.archived(1, "ARS-2025-0011"));

        recap.recap().body("status", equalTo("SUBMITTED")).body("archive", nullValue());
    }

    @Test
    void aSealWithoutItsHashIsRefusedAndTheRecapStaysApproved() {
        SubmittedRecap recap = channels.approvedRecap();

        String withoutHash = recap.archived(1, "ARS-2025-0012").replace("\"" + HASH + "\"", "null");
        String refusal = channels.seals().refuses(recap.recapId(), withoutHash, MalformedEventException.class).getMessage();

        assertTrue(refusal.contains("lacks contentHash"), refusal);
        recap.recap().body("status", equalTo("APPROVED")).body("archive", nullValue());
        recap.round().body("status", equalTo("APPROVED"));
    }
}

package id.go.kinerja.collection.sop;

import static org.hamcrest.Matchers.equalTo;
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

/** What the consumer of RecapDisposed (SOP A11) records, ignores and refuses, without the broker. */
@QuarkusTest
@TestProfile(InMemoryConsumers.class)
class RecapDisposedConsumerTest {

    private static final String A11 = "steps.find { it.step == 'A11' }";

    @Inject
    InMemoryChannels channels;

    @Test
    void theHeadsDispositionEndsA11WithItsText() {
        SubmittedRecap recap = channels.approvedRecap();
        recap.agency().timeline(recap.roundId()).body(A11 + ".status", equalTo("RUNNING"));

        channels.dispositions().accepts(recap.recapId(), recap.disposed(1, "Jadikan bahan LKjIP"));

        recap.agency().timeline(recap.roundId())
                .body(A11 + ".output.disposition", equalTo("Jadikan bahan LKjIP"))
                .body(A11 + ".doneBy.role", equalTo("HEAD"));
    }

    @Test
    void aDispositionDeliveredAgainIsIgnoredAsARedelivery() {
        SubmittedRecap recap = channels.approvedRecap();
        String disposed = recap.disposed(1, "Lanjutkan");
        channels.dispositions().accepts(recap.recapId(), disposed);

        channels.dispositions().ignores(Reason.REDELIVERED, recap.recapId(), disposed);

    }

    @Test
    void aDispositionOfAnOlderRevisionIsIgnoredAsStaleAndA11DoesNotStart() {
        SubmittedRecap recap = SubmittedRecap.firstQuarter();
        channels.returnAndResubmit(recap);

        channels.dispositions().ignores(Reason.STALE_REVISION, recap.recapId(), recap.disposed(1, "Lanjutkan"));

        recap.agency().timeline(recap.roundId()).body(A11 + ".status", equalTo("NOT_STARTED"));
    }

    @Test
    void aDispositionOfARecapOrRevisionCollectionNeverSubmittedIsRefused() {
        SubmittedRecap recap = channels.approvedRecap();
        String stranger = UUID.randomUUID().toString();

        assertRefused(stranger, Events.recapDisposed(recap.agency(), stranger, recap.roundId(), 1, "X"),
                "which collection never submitted");
        assertRefused(recap.recapId(), recap.disposed(2, "X"), "which was never submitted");

        recap.agency().timeline(recap.roundId()).body(A11 + ".status", equalTo("RUNNING"));
    }

    private void assertRefused(String recapId, String event, String why) {
        String refusal = channels.dispositions().refuses(recapId, event, MalformedEventException.class).getMessage();
        assertTrue(refusal.contains(why), refusal);
    }
}

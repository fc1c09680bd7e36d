package id.go.kinerja.collection.recap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.collection.sop.RecapDisposed;
import id.go.kinerja.infrastructure.contracts.EventContracts;
import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.events.EventType;
import id.go.kinerja.platform.events.ReceivedEvent;
import org.junit.jupiter.api.Test;

/**
 * Consumer side of the events collection reads: each producer's committed sample (docs/events/samples) passes the
 * topic's contract and collection's own reader gets every field it reads from it. A field renamed by the producer
 * (its sample changes with it) or by this reader fails here.
 */
class ConsumedEventsContractTest {

    @Test
    void readsApprovalsRecapReturned() {
        RecapReturned returned = read("RecapReturned", EventType.RECAP_RETURNED).payloadAs(RecapReturned.class);

        EventContracts.assertEveryFieldRead(returned);
        assertEquals(ReturnTo.COLLECTION, returned.items().get(0).returnTo());
    }

    @Test
    void readsApprovalsRecapApproved() {
        EventContracts.assertEveryFieldRead(read("RecapApproved", EventType.RECAP_APPROVED).payloadAs(RecapApproved.class));
    }

    @Test
    void readsApprovalsRecapDisposed() {
        EventContracts.assertEveryFieldRead(read("RecapDisposed", EventType.RECAP_DISPOSED).payloadAs(RecapDisposed.class));
    }

    @Test
    void readsTheArchivesRecapArchived() {
        EventContracts.assertEveryFieldRead(read("RecapArchived", EventType.RECAP_ARCHIVED).payloadAs(RecapArchived.class));
    }

    private static ReceivedEvent read(String sample, EventType type) {
        ReceivedEvent event = EventJson.read(EventContracts.sample(sample));
        type.requireContractOf(event);
        return event;
    }
}

package id.go.kinerja.measurement.recap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.infrastructure.contracts.EventContracts;
import id.go.kinerja.measurement.plan.PlanPublished;
import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.events.EventType;
import id.go.kinerja.platform.events.ReceivedEvent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Consumer side of the events measurement reads: each producer's committed sample (docs/events/samples) passes the
 * topic's contract and measurement's own reader gets every field it reads from it. A field renamed by the producer
 * (its sample changes with it) or by this reader fails here.
 */
class ConsumedEventsContractTest {

    @Test
    void readsCollectionsRecapSubmitted() {
        RecapSubmitted submitted = read("RecapSubmitted", EventType.RECAP_SUBMITTED).payloadAs(RecapSubmitted.class);

        EventContracts.assertEveryFieldRead(submitted);
        assertEquals(new BigDecimal("85.50"), submitted.items().get(2).realisations().get(0).value());
    }

    @Test
    void readsApprovalsRecapReturned() {
        RecapReturned returned = read("RecapReturned", EventType.RECAP_RETURNED).payloadAs(RecapReturned.class);

        EventContracts.assertEveryFieldRead(returned);
        assertEquals(ReturnTo.MEASUREMENT, returned.items().get(1).returnTo());
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

    @Test
    void readsCollectionsPlanPublished() {
        PlanPublished plan = read("PlanPublished", EventType.PLAN_PUBLISHED).payloadAs(PlanPublished.class);

        EventContracts.assertEveryFieldRead(plan);
        assertEquals(new BigDecimal("3"), plan.indicators().get(2).targets().get(0).targets().get(0).min());
    }

    private static ReceivedEvent read(String sample, EventType type) {
        ReceivedEvent event = EventJson.read(EventContracts.sample(sample));
        type.requireContractOf(event);
        return event;
    }
}

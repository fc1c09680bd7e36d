package id.go.kinerja.collection.round;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.kinerja.collection.TestAgency;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.collection.round.Entry;
import id.go.kinerja.collection.round.EntryBatch;
import id.go.kinerja.platform.events.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bulk write behind a worksheet upload keeps the guarantees of writing entries one by one. */
@QuarkusTest
class EntryBatchTest {

    private static final Actor OPERATOR = new Actor("operator.perdagangan@test", "OPERATOR");

    @Test
    void anEntryChangedSinceTheBatchReadItRefusesTheWholeBatch() {
        TestAgency agency = TestAgency.withPlan();
        UUID round = UUID.fromString(agency.openRound(2025, 1));

        OptimisticLockException refused = assertThrows(OptimisticLockException.class, () ->
                QuarkusTransaction.requiringNew().run(() -> {
                    EntryBatch batch = EntryBatch.ofRound(CollectionRound.findById(round));
                    Entry first = batch.entry("IKP-01");
                    Entry second = batch.entry("IKU-01");
                    // somebody else saves IKU-01 after the batch read it
                    Entry.getEntityManager().createNativeQuery("update entry set version = version + 1 where id = ?1")
                            .setParameter(1, second.id).executeUpdate();
                    batch.enter(first, new BigDecimal("20"), null, null, "Daftar hadir", OPERATOR, Instant.now());
                    batch.enter(second, new BigDecimal("4.2"), null, null, null, OPERATOR, Instant.now());
                    batch.write();
                }));

        assertEquals("1 of the 2 entries were changed by someone else while this request ran", refused.getMessage());
        String roundId = round.toString();
        agency.entry(roundId, "IKP-01").body("state", equalTo("NOT_ENTERED")).body("value", nullValue())
                .body("history", empty());
    }

    @Test
    void aBatchWritesTheEntriesAndTheirHistoryAndCountsTheirVersionsUp() {
        TestAgency agency = TestAgency.withPlan();
        UUID round = UUID.fromString(agency.openRound(2025, 1));

        QuarkusTransaction.requiringNew().run(() -> {
            EntryBatch batch = EntryBatch.ofRound(CollectionRound.findById(round));
            batch.enter(batch.entry("IKP-01"), new BigDecimal("20.5"), null, null, "Daftar\thadir \\N", OPERATOR,
                    Instant.parse("2025-04-02T03:04:05Z"));
            batch.propose(batch.entry("IKU-01"), new BigDecimal("4.2"), null, null, null, "SIPD-Keuangan", OPERATOR,
                    Instant.parse("2025-04-02T03:04:06Z"));
            batch.enter(batch.entry("IKK-01"), null, null, "Survei ditunda", null, OPERATOR,
                    Instant.parse("2025-04-02T03:04:07Z"));
            batch.write();
        });

        agency.entry(round.toString(), "IKP-01").body("state", equalTo("ENTERED")).body("value", equalTo(20.5f))
                .body("note", equalTo("Daftar\thadir \\N")).body("enteredBy", equalTo("operator.perdagangan@test"))
                .body("enteredAt", equalTo("2025-04-02T03:04:05.000Z"))
                .body("history.action", equalTo(List.of("ENTERED")))
                .body("history[0].value", equalTo(20.5f))
                .body("version", equalTo(1));
        agency.entry(round.toString(), "IKU-01").body("state", equalTo("PROPOSED")).body("source", equalTo("SIPD-Keuangan"))
                .body("history[0].reason", equalTo("from SIPD-Keuangan"));
        agency.entry(round.toString(), "IKK-01").body("state", equalTo("ENTERED")).body("value", nullValue())
                .body("noData", equalTo(true)).body("noDataReason", equalTo("Survei ditunda"))
                .body("history[0].noDataReason", equalTo("Survei ditunda"));
    }
}

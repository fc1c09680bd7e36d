package id.go.kinerja.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.Languages;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListWindowTest {

    private static final ListWindow.Fields FIELDS = ListWindow.Fields.of("id", "changedAt", Sort.descending("year"))
            .sortable("year", "year");

    @Test
    void bothSpellingsOfADescendingSortAreTheSameAndTheIdBreaksTies() {
        for (String sort : List.of("-updatedAt", "updatedAt,desc", "updatedAt, DESC")) {
            Sort order = ListWindow.of(new ListParameters(sort, null, null), FIELDS, 0, 10).sort();
            assertEquals(List.of("changedAt", "id"), order.getColumns().stream().map(Sort.Column::getName).toList());
            assertEquals(Sort.Direction.Descending, order.getColumns().get(1).getDirection());
        }
        assertEquals(List.of("year", "id"), ListWindow.of(new ListParameters(null, null, null), FIELDS, 0, 10).sort()
                .getColumns().stream().map(Sort.Column::getName).toList());
    }

    @Test
    void aFieldTheListDoesNotOfferIsRefusedNamingTheOnesItDoes() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> ListWindow.of(new ListParameters("agencyCode", null, null), FIELDS, 0, 10));
        assertEquals("LIST_PARAMETER_INVALID", refused.code().name());
        assertEquals("sort", refused.errors().get(0).field());
        assertEquals("must be one of updatedAt, year, optionally followed by ,asc or ,desc or preceded by -",
                refused.errors().get(0).template().in(Languages.ENGLISH));
        assertEquals("harus salah satu dari updatedAt, year, boleh diikuti ,asc atau ,desc atau didahului -",
                refused.errors().get(0).template().in(Languages.INDONESIAN));
    }

    @Test
    void theCursorOfAPageLeadsPastItsLastItemEvenAtTheSameInstant() {
        ListWindow since = ListWindow.of(new ListParameters(null, "2025-04-01T00:00:00Z", null), FIELDS, 0, 2);
        Instant at = Instant.parse("2025-04-02T08:00:00.123456789Z");
        UUID last = UUID.randomUUID();
        PageOf<UUID> page = since.page(List.of(UUID.randomUUID(), last), 5, id -> at, id -> id);

        Parameters parameters = new Parameters();
        String where = ListWindow.of(new ListParameters(null, null, page.next()), FIELDS, 0, 2)
                .where("agencyCode = :agency", parameters);
        assertEquals("agencyCode = :agency and (changedAt > :listCursorAt or (changedAt = :listCursorAt and id > "
                + ":listCursorId))", where);
        assertEquals(Instant.parse("2025-04-02T08:00:00.123456Z"), parameters.map().get("listCursorAt"),
                "to the database's microsecond");
        assertEquals(last, parameters.map().get("listCursorId"));
    }

    @Test
    void aPlainPageHasNoCursorAndAChangeFeedTakesNoOtherOrderNorPage() {
        assertNull(ListWindow.of(new ListParameters(null, null, null), FIELDS, 0, 2)
                .page(List.of("a"), 1, item -> Instant.EPOCH, item -> UUID.randomUUID()).next());
        assertEquals("sort", assertThrows(InvalidInput.class, () -> ListWindow.of(
                new ListParameters("-updatedAt", "2025-04-01T00:00:00Z", null), FIELDS, 0, 2)).errors().get(0).field());
        assertEquals("page", assertThrows(InvalidInput.class, () -> ListWindow.of(
                new ListParameters(null, "2025-04-01T00:00:00Z", null), FIELDS, 1, 2)).errors().get(0).field());
        assertEquals("cursor", assertThrows(InvalidInput.class, () -> ListWindow.of(
                new ListParameters(null, null, "bm90IGEgY3Vyc29y"), FIELDS, 0, 2)).errors().get(0).field());
    }
}

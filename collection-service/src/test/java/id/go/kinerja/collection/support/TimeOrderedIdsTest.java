package id.go.kinerja.collection.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsComeInAscendingOrderAsVersion7UuidsWithTheirTime() {
        long before = System.currentTimeMillis();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.next());
        }
        for (int i = 1; i < ids.size(); i++) {
            // PostgreSQL orders uuid values by their bytes, as unsigned: compare the text, which sorts the same way
            assertTrue(ids.get(i - 1).toString().compareTo(ids.get(i).toString()) < 0, "in ascending order at " + i);
        }
        assertEquals(ids.size(), new HashSet<>(ids).size(), "all different");
        UUID first = ids.get(0);
        assertEquals(7, first.version());
        assertEquals(2, first.variant(), "the RFC 9562 variant");
        long millis = first.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= System.currentTimeMillis(), "the first 48 bits are the time");
    }
}

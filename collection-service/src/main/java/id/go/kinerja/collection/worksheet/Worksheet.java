package id.go.kinerja.collection.worksheet;

import id.go.kinerja.collection.plan.ValueType;
import id.go.kinerja.collection.round.EntryState;
import id.go.kinerja.collection.round.RoundStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a worksheet template holds: the round and the caller's items of it (a division-bound caller's own
 * division only), each with its target of the quarter and its entry as it stands.
 *
 * @param division the caller's division, or null for an agency-wide caller (all divisions)
 */
record Worksheet(UUID roundId, int year, int quarter, RoundStatus status, String division, List<Line> lines) {

    /** @param target the quarter's target as the plan files write it: 85, 70..80 or BB */
    record Line(String indicatorCode, String indicatorName, String unit, String nodeCode, String divisionCode,
                ValueType valueType, String target, EntryState state, BigDecimal value, String grade, String note,
                String noDataReason) {

        /** Entries past the division head's verification cannot change from a worksheet. */
        boolean editable() {
            return state != EntryState.VERIFIED && state != EntryState.LOCKED;
        }
    }

    String fileName(String extension) {
        return "realisasi-" + year + "-Q" + quarter + (division == null ? "" : "-" + division) + "." + extension;
    }
}

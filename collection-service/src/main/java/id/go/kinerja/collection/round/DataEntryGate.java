package id.go.kinerja.collection.round;

/**
 * Whether the entries of a round may change now: the SOP timeline answers (data entry, A6, opens with the
 * operators' briefing, A5). Asked inside the transaction that would change them.
 */
public interface DataEntryGate {

    /** Refuses (409 naming the step that must come first) while data entry is not open. */
    void requireOpen(CollectionRound round);
}

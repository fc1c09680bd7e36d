package id.go.kinerja.archive.archiving;

import java.util.UUID;

/**
 * Published once a disposed recap is stored and sealed (SOP A12 / B10). {@code previousHash} is the
 * seal of the agency's previous record; {@code seal} is this record's own (an addition to the
 * contract's fields, see docs/events.md).
 */
public record RecapArchived(UUID roundId, UUID archiveId, String contentHash, long chainPosition, String previousHash,
                            String seal) {

    public static final String EVENT_TYPE = "RecapArchived";
    public static final String TOPIC = "kinerja.archive.recap-archived";
}

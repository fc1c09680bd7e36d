package id.go.kinerja.approval.recap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * Which measured document: a recap revision as submitted by collection, and which measurement of it
 * (a methodology fix re-measures the same revision).
 */
@Embeddable
public record DocumentKey(
        @Column(name = "recap_id") UUID recapId,
        @Column(name = "revision") int revision,
        @Column(name = "measured_revision") int measuredRevision) {

    /** True when this document is newer than {@code other}: a later revision, or a later measurement of it. */
    public boolean isNewerThan(DocumentKey other) {
        return revision != other.revision ? revision > other.revision : measuredRevision > other.measuredRevision;
    }
}

package id.go.kinerja.collection.evidence;

import id.go.kinerja.collection.round.Entry;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** A file attached to an entry as evidence (bukti dukung); its bytes are in the {@link EvidenceStore}. */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id")
    public Entry entry;

    @Column(name = "agency_code")
    public String agencyCode;

    public String filename;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long size;

    public String sha256;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    public boolean published;

    static List<Evidence> ofEntry(Entry entry) {
        return list("entry = ?1 order by uploadedAt, id", entry);
    }

    static Optional<Evidence> ofEntry(Entry entry, UUID id) {
        return find("id = ?1 and entry = ?2", id, entry).firstResultOptional();
    }

    /**
     * The evidence of the given entries, by entry id, marked as published: a recap revision now references
     * it, so it can no longer be removed.
     */
    public static Map<UUID, List<Evidence>> publishedWith(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        List<Evidence> all = list("entry.id in ?1 order by uploadedAt, id", entryIds);
        all.forEach(evidence -> evidence.published = true);
        return all.stream().collect(Collectors.groupingBy(evidence -> evidence.entry.id));
    }
}

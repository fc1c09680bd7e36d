package id.go.kinerja.measurement.recap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * An item the Secretary returned with a revision (SOP B8). One returned to MEASUREMENT is fixed once
 * its indicator's methodology is newer than the version the returned result used.
 */
@Entity
@Immutable
@Table(name = "returned_item")
public class ReturnedItem extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "return_to")
    @Enumerated(EnumType.STRING)
    public ReturnTo returnTo;

    public String reason;

    /** 0 when the returned result had no methodology. */
    @Column(name = "methodology_version_at_return")
    public int methodologyVersionAtReturn;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Embeddable
    public record Key(@Column(name = "recap_id") UUID recapId, int revision,
                      @Column(name = "indicator_code") String indicatorCode) implements Serializable {
    }

    boolean toMeasurement() {
        return returnTo == ReturnTo.MEASUREMENT;
    }

    static List<ReturnedItem> of(UUID recapId, int revision) {
        return list("key.recapId = ?1 and key.revision = ?2 order by key.indicatorCode", recapId, revision);
    }
}

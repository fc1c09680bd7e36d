package id.go.kinerja.collection.sop;

import id.go.kinerja.platform.procedure.CollectionStep;
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
import java.util.Objects;

/** An agency's own standard time (waktu baku) of a step, replacing the SOP's default. */
@Entity
@Table(name = "sop_standard_time")
public class StandardTimeSetting extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    /** As {@link id.go.kinerja.platform.worktime.StandardTime#toString()}: "90m", "2d". */
    @Column(name = "standard_time")
    public String standardTime;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_at")
    public Instant setAt;

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "agency_code")
        public String agencyCode;

        @Enumerated(EnumType.STRING)
        public CollectionStep step;

        protected Key() {
        }

        Key(String agencyCode, CollectionStep step) {
            this.agencyCode = agencyCode;
            this.step = step;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && agencyCode.equals(key.agencyCode) && step == key.step;
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyCode, step);
        }
    }
}

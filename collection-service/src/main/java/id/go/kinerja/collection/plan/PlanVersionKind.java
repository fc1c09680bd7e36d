package id.go.kinerja.collection.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of plan document: RENSTRA (rencana strategis, a range of years), PK (perjanjian kinerja "
        + "of one year), PK_PERUBAHAN (a revision of the year's perjanjian kinerja)")
public enum PlanVersionKind {
    RENSTRA, PK, PK_PERUBAHAN;

    /** The performance agreement of a year: what a collection round of the year is measured against. */
    public boolean isAgreement() {
        return this != RENSTRA;
    }
}

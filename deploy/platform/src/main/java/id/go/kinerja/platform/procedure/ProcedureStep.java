package id.go.kinerja.platform.procedure;

import id.go.kinerja.platform.worktime.StandardTime;
import java.util.List;
import java.util.Optional;

/**
 * One step of an SOP procedure (docs/sop.md parts A and B) with its quality standard (mutu baku). The catalogues
 * are enums ({@link CollectionStep}, {@link MeasurementStep}) whose constant name is the SOP's number
 * ({@code A6}); {@link Procedure} holds the rules that work on any of them.
 */
public interface ProcedureStep {

    /** The SOP's number of the step, e.g. {@code A6}. */
    String name();

    int ordinal();

    Definition definition();

    /** The steps that must be done before this one starts. */
    List<? extends ProcedureStep> predecessors();

    /** Its position in the procedure, from 1. */
    default int number() {
        return ordinal() + 1;
    }

    /** The SOP's standard time (waktu baku); empty for a step the SOP gives none (archive). */
    default Optional<StandardTime> standardTime() {
        return Optional.ofNullable(definition().standardTime());
    }

    /**
     * @param nameId           the SOP's Indonesian wording
     * @param ownerRole        the role that holds the step while it runs (README.md, roles), SYSTEM for the archive
     * @param ownerService     the service that records the step
     * @param standardTime     null when the SOP gives none
     * @param recordedByPerson true when a person records the step through the API; false when it follows from
     *                         what the services do (entries, submission, review, archive)
     */
    record Definition(String nameId, String nameEn, String ownerRole, String ownerService, StandardTime standardTime,
                      OutputKind output, boolean recordedByPerson) {
    }
}

package id.go.kinerja.platform.procedure;

/** What a step produces (the SOP's "Output" column). */
public enum OutputKind {
    /** Nota Dinas of the Head: number and date. */
    MEMO,
    /** Notulen rapat: date, attendees, summary. */
    MINUTES,
    /** Program kerja kegiatan: the schedule of activities. */
    WORK_PLAN,
    /** The documents gathered, each with its status and attachment. */
    DOCUMENT_CHECKLIST,
    /** The operators' briefing: date and attendees per division. */
    BRIEFING,
    /** Realisations entered in the application. */
    ENTRIES,
    /** Entries cross-checked by the division heads. */
    CROSS_CHECK,
    /** Kertas kerja pengukuran kinerja: the methodology per goal, objective, program, activity. */
    MEASUREMENT_WORKSHEET,
    /** A recap of the data or of the measurement results. */
    RECAP,
    /** The draft report handed to the Secretary. */
    REPORT,
    /** The Secretary's decision: approved, or returned with reasons. */
    REVIEW,
    /** Disposisi of the Head. */
    DISPOSITION,
    /** The sealed archive record. */
    ARCHIVE
}

package id.go.kinerja.platform.procedure;

/** The services that own steps (docs/sop.md, column "Recorded by"). */
final class Services {

    static final String COLLECTION = "collection-service";
    static final String MEASUREMENT = "measurement-service";
    static final String APPROVAL = "approval-service";
    static final String ARCHIVE = "archive-service";

    private Services() {
    }
}

package id.go.kinerja.collection.recap;

/** The topics of docs/events.md this service writes to. */
public final class RecapTopics {

    public static final String RECAP_SUBMITTED = "kinerja.collection.recap-submitted";

    private RecapTopics() {
    }
}

package id.go.kinerja.measurement.recap;

/** Approval's {@code RecapDisposed} payload as measurement reads it (tolerant reader): the Head's disposition text. */
public record RecapDisposed(Disposition disposition) {

    public record Disposition(String text) {
    }
}

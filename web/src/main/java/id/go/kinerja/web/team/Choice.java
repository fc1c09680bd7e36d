package id.go.kinerja.web.team;

/** A choice of a select: the service's code and the words people read. */
public record Choice(String code, String label) {
}

package id.go.kinerja.platform.events;

/** Who caused an event: the user id ({@code sub} of the token) and the role they acted in. */
public record Actor(String userId, String role) {

    public static final Actor SYSTEM = new Actor("system", "SYSTEM");
}

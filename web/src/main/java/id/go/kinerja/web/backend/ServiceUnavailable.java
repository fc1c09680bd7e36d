package id.go.kinerja.web.backend;

/** A service did not answer at all (down, restarting, unreachable). */
public class ServiceUnavailable extends RuntimeException {

    private final String serviceName;

    public ServiceUnavailable(String serviceName, Throwable cause) {
        super(serviceName + " did not answer: " + cause.getMessage(), cause);
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }
}

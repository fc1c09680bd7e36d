package id.go.kinerja.platform.problem;

import java.util.Map;

/** A refusal the domain can explain: it becomes a problem+json answer with its status. */
public abstract class DomainProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, Object> context;

    protected DomainProblem(int status, String title, String detail, Map<String, Object> context) {
        super(detail);
        this.status = status;
        this.title = title;
        this.context = context == null ? Map.of() : Map.copyOf(context);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> context() {
        return context;
    }
}

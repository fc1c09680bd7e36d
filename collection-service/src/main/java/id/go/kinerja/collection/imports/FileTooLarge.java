package id.go.kinerja.collection.imports;

import id.go.kinerja.platform.problem.DomainProblem;
import java.util.Map;

public class FileTooLarge extends DomainProblem {

    public FileTooLarge(long limit) {
        super(413, "Payload too large", "The file is larger than the import limit of " + limit + " bytes",
                Map.of("maxBytes", limit));
    }
}

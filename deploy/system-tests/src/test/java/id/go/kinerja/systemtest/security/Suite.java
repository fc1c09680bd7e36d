package id.go.kinerja.systemtest.security;

import id.go.kinerja.systemtest.SystemUnderTest;
import id.go.kinerja.systemtest.security.ApiCatalogue.Operation;
import java.util.List;

/** What every check works with: the system, the shared tally, the requests built from the OpenAPI documents. */
record Suite(SystemUnderTest.Running system, Probe probe, Findings findings, Requests requests, Tokens tokens,
             Agencies agencies) {

    List<Operation> operations() {
        return requests.catalogue().operations();
    }

    /** The operation the OpenAPI documents list under this method and path template. */
    Operation operation(String method, String path) {
        return operations().stream()
                .filter(operation -> operation.method().equals(method) && operation.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + method + " " + path + " in the OpenAPI documents"));
    }

    Probe.Call call(Operation operation, Resources resources, String token) {
        return requests.call(operation, resources, token);
    }

    Probe.Answer send(String check, Probe.Call call) {
        return probe.send(check, call);
    }

    void violation(String check, String what) {
        findings.violation(check, what);
    }
}

package id.go.kinerja.platform.deadletter;

import id.go.kinerja.platform.problem.DomainProblem;

/** The Kafka broker did not answer in time: nothing was replayed, try again. */
class BrokerUnavailable extends DomainProblem {

    BrokerUnavailable(String detail, Throwable cause) {
        super(503, "Service unavailable", detail, null);
        initCause(cause);
    }
}

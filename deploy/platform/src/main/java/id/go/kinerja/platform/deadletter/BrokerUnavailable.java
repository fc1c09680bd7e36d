package id.go.kinerja.platform.deadletter;

import id.go.kinerja.platform.problem.DomainProblem;
import id.go.kinerja.platform.problem.PlatformProblem;

/** The Kafka broker did not answer in time: nothing was replayed, try again. */
class BrokerUnavailable extends DomainProblem {

    /** {@code what} was not done, e.g. "read the dead letters"; the English detail (for logs) names it. */
    BrokerUnavailable(String what, Throwable cause) {
        super(PlatformProblem.BROKER_UNAVAILABLE, null, what);
        initCause(cause);
    }
}

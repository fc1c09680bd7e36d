package id.go.kinerja.collection.imports;

import id.go.kinerja.collection.agency.NewDivision;
import java.util.List;

/**
 * A plan file as read: its rows, the divisions a JSON document brings, the document's optional agency and
 * year guards, and the hash of the request (parameters and bytes) an Idempotency-Key is checked against.
 */
record PlanFile(List<PlanRow> rows, List<NewDivision> divisions, String agencyCode, Integer year, String requestHash) {
}

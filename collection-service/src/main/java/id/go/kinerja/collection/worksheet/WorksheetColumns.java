package id.go.kinerja.collection.worksheet;

import java.util.List;

/**
 * The columns of an operator's worksheet (docs/import.md): what the template shows, and what an upload
 * reads. Only the code and the editable columns are read back; the others may be left out or kept as the
 * template wrote them.
 */
final class WorksheetColumns {

    static final String INDICATOR_CODE = "indicator_code";
    static final String INDICATOR_NAME = "indicator_name";
    static final String UNIT = "unit";
    static final String NODE_CODE = "node_code";
    static final String DIVISION_CODE = "division_code";
    static final String VALUE_TYPE = "value_type";
    static final String TARGET = "target";
    static final String STATE = "state";
    static final String REALISATION = "realisation";
    static final String GRADE = "grade";
    static final String NOTE = "note";
    /** Why the realisation is not available (alasan tidak ada data): filled, with realisation and grade empty. */
    static final String NO_DATA_REASON = "no_data_reason";

    static final List<String> ALL = List.of(INDICATOR_CODE, INDICATOR_NAME, UNIT, NODE_CODE, DIVISION_CODE,
            VALUE_TYPE, TARGET, STATE, REALISATION, GRADE, NOTE, NO_DATA_REASON);

    static final List<String> REQUIRED = List.of(INDICATOR_CODE, REALISATION);

    private WorksheetColumns() {
    }
}

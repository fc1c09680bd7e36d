package id.go.kinerja.collection.imports;

import java.util.List;
import java.util.Map;

/**
 * What a CSV or XLSX reader hands on, one row at a time: the header once, then each row that is not blank,
 * with its row number as a spreadsheet shows it (the header is row 1).
 */
public interface RowSink {

    /** The header's cells as column names in their order; refuses (InvalidInput) a header of wrong columns. */
    List<String> header(List<String> cells);

    /** One row's cells by column name. */
    void row(int rowNumber, Map<String, String> values);
}

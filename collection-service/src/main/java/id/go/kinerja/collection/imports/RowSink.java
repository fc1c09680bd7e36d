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

    /**
     * This sink, refusing the file (413) at the first row beyond {@code maxRows}: the reader stops there, so a file of
     * a million rows costs no more than one at the limit.
     *
     * @param kind    what the file is, for the message, e.g. "worksheet"
     * @param setting the configuration key of the limit, for the message
     */
    default RowSink atMost(int maxRows, String kind, String setting) {
        RowSink sink = this;
        return new RowSink() {
            private int rows;

            @Override
            public List<String> header(List<String> cells) {
                return sink.header(cells);
            }

            @Override
            public void row(int rowNumber, Map<String, String> values) {
                if (++rows > maxRows) {
                    throw FileTooLarge.rows(kind, maxRows, setting);
                }
                sink.row(rowNumber, values);
            }
        };
    }
}

package id.go.kinerja.archive.report;

/**
 * One long table written row by row as the rows are produced, so that no more than a window of rows is ever
 * held in memory (the regency-wide export). {@link #finish()} completes the file; {@link #close()} releases
 * what the writer holds (POI's temporary files), finished or not.
 */
interface StreamedTable extends AutoCloseable {

    void add(Report.Row row);

    void finish();

    @Override
    void close();
}

package id.go.kinerja.collection.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.collection.plan.PlanDocument;
import id.go.kinerja.platform.upload.ArchiveInspection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotSupportedException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a plan file of any of the accepted formats within the size limit, hashing what it reads. CSV and
 * XLSX are parsed as they stream in, row by row; only the parsed rows are kept, which the all-or-nothing
 * check needs as a whole (duplicates, parents further down the file).
 */
@ApplicationScoped
public class PlanFileReader {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String JSON = "application/json";

    private static final String PLAN_MAX_ROWS = "kinerja.import.plan-max-rows";

    @Inject
    ImportConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    ArchiveInspection archives;

    /**
     * @param mediaType the body's type without parameters
     * @param request   what else identifies the request for idempotency (year, strategy, dry run)
     */
    public PlanFile read(String mediaType, long contentLength, String request, InputStream body) throws IOException {
        UploadBody upload = UploadBody.of(config, contentLength, request, mediaType, body);
        List<PlanRow> rows = new ArrayList<>();
        RowSink parsed = new RowSink() {
            @Override
            public List<String> header(List<String> cells) {
                return PlanColumns.header(cells);
            }

            @Override
            public void row(int rowNumber, Map<String, String> values) {
                rows.add(PlanRowParser.parse(rowNumber, values));
            }
        };
        RowSink sink = parsed.atMost(config.planMaxRows(), "plan file", PLAN_MAX_ROWS);
        PlanDocument document = null;
        switch (mediaType) {
            case CSV -> CsvRows.read(upload.in(), sink);
            case XLSX -> XlsxRows.read(upload.in(), sink, archives);
            case JSON -> {
                // unreadable JSON (JsonProcessingException) becomes the platform's 400 naming the field
                document = json.readValue(upload.in(), PlanDocument.class);
                JsonPlanReader.read(document, rows::add);
                // the document is read whole (within the byte limit) before its rows can be counted
                if (rows.size() > config.planMaxRows()) {
                    throw FileTooLarge.rows("plan document", config.planMaxRows(), PLAN_MAX_ROWS);
                }
            }
            default -> throw new NotSupportedException("Send the plan as " + JSON + ", " + CSV + " or " + XLSX);
        }
        String hash = upload.hash();
        if (document == null) {
            return new PlanFile(rows, List.of(), null, null, hash);
        }
        return new PlanFile(rows, document.divisions() == null ? List.of() : document.divisions(),
                document.agencyCode(), document.year(), hash);
    }
}

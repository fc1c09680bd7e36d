package id.go.kinerja.collection.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.collection.plan.PlanDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotSupportedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Reads a plan file of any of the accepted formats into rows, within the size limit, hashing what it reads. */
@ApplicationScoped
public class PlanFileReader {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String JSON = "application/json";

    @Inject
    ImportConfig config;

    @Inject
    ObjectMapper json;

    /**
     * @param mediaType the body's type without parameters
     * @param request   what else identifies the request for idempotency (year, strategy, dry run)
     */
    public PlanFile read(String mediaType, long contentLength, String request, InputStream body) throws IOException {
        long limit = config.maxSize().asLongValue();
        if (contentLength > limit) {
            throw new FileTooLarge(limit);
        }
        MessageDigest digest = sha256();
        digest.update((request + "|" + mediaType + "|").getBytes(StandardCharsets.UTF_8));
        InputStream in = new DigestInputStream(new LimitedInputStream(body, limit), digest);
        List<PlanRow> rows = new ArrayList<>();
        PlanDocument document = null;
        switch (mediaType) {
            case CSV -> CsvPlanReader.read(in, rows::add);
            case XLSX -> XlsxPlanReader.read(in, rows::add);
            case JSON -> {
                // unreadable JSON (JsonProcessingException) becomes the platform's 400 naming the field
                document = json.readValue(in, PlanDocument.class);
                JsonPlanReader.read(document, rows::add);
            }
            default -> throw new NotSupportedException("Send the plan as " + JSON + ", " + CSV + " or " + XLSX);
        }
        drain(in);
        String hash = HexFormat.of().formatHex(digest.digest());
        if (document == null) {
            return new PlanFile(rows, List.of(), null, null, hash);
        }
        return new PlanFile(rows, document.divisions() == null ? List.of() : document.divisions(),
                document.agencyCode(), document.year(), hash);
    }

    /** Bytes a parser left unread still count for the size limit and the request hash. */
    private static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

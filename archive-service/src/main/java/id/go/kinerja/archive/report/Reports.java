package id.go.kinerja.archive.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.archive.record.ArchiveQueries;
import id.go.kinerja.archive.record.ArchiveRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders the reports of an archived record. Everything that can fail for the caller (a bad type or format,
 * a record that is not theirs) fails before the first byte is written; the body is then streamed.
 */
@ApplicationScoped
public class Reports {

    @Inject
    ArchiveQueries queries;

    @Inject
    ObjectMapper json;

    /** Where readers of a printed report reach this service; without it, the address the request came to. */
    @ConfigProperty(name = "kinerja.archive.public-url")
    Optional<URI> publicUrl;

    public record RenderedReport(String mediaType, String fileName, StreamingOutput body) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RenderedReport render(UUID archiveId, String typeParameter, String formatParameter, URI requestBase) {
        ReportType type = ReportType.of(typeParameter);
        ReportFormat format = ReportFormat.of(formatParameter);
        ArchiveRecord record = queries.find(archiveId);
        String base = publicUrl.orElse(requestBase).toString();
        String verificationUrl = (base.endsWith("/") ? base : base + "/") + "api/archive/records/" + record.id + "/verification";
        Report report = new ReportBuilder(record, DisposedRecap.read(record.document), verificationUrl).build(type);
        StreamingOutput body = switch (format) {
            case PDF -> out -> new PdfReportWriter().write(report, out);
            case XLSX -> out -> new XlsxReportWriter().write(report, out);
            case CSV -> out -> new CsvReportWriter().write(report, out);
            case JSON -> out -> json.writeValue(out, report);
        };
        String fileName = (type == ReportType.COLLECTION ? "laporan-pengumpulan-data-kinerja-" : "laporan-pengukuran-kinerja-")
                + record.agencyCode.toLowerCase(Locale.ROOT) + "-" + record.year + "-tw" + record.quarter
                + "-rev" + record.revision + "." + format.parameter;
        return new RenderedReport(format.mediaType, fileName, body);
    }
}

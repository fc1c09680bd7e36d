package id.go.kinerja.archive.report;

import id.go.kinerja.archive.record.ArchiveRecord;
import id.go.kinerja.archive.seal.CanonicalJson;
import id.go.kinerja.archive.seal.Seal;
import id.go.kinerja.infrastructure.contracts.EventContracts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the PDF and XLSX reports of a sample disposal, sealed as the first record of its agency's chain, into a
 * folder: of src/test/resources/events/recap-disposed.json, or with a second argument {@code shared} of the producer's
 * sample docs/events/samples/RecapDisposed.json. docs/reports/*.png are the first pages of the PDFs:
 * {@code java -cp <test classpath> id.go.kinerja.archive.report.ReportSamples /tmp/reports}, then
 * {@code pdftoppm -png -r 80 -f 1 -l 1 <pdf> <name>}.
 */
public final class ReportSamples {

    private ReportSamples() {
    }

    public static void main(String[] args) throws IOException {
        String json = args.length > 1 && args[1].equals("shared") ? EventContracts.sample("RecapDisposed") : testSample();
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (ReportType type : ReportType.values()) {
            Report report = report(json, type);
            try (OutputStream out = Files.newOutputStream(folder.resolve("laporan-" + type.parameter + ".pdf"))) {
                new PdfReportWriter().write(report, out);
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("laporan-" + type.parameter + ".xlsx"))) {
                new XlsxReportWriter().write(report, out);
            }
        }
    }

    /** The report of {@code json}, a RecapDisposed event, archived as the first record of DISDAGTRANS's chain. */
    static Report report(String json, ReportType type) {
        ArchiveRecord record = new ArchiveRecord();
        record.id = UUID.fromString("5b7e0f3c-2d1a-4c6b-9e8f-0a1b2c3d4e5f");
        record.agencyCode = "DISDAGTRANS";
        record.agencyName = "Dinas Perdagangan dan Transmigrasi";
        record.recapId = UUID.fromString("7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90");
        record.revision = CanonicalJson.parse(json).path("revision").asInt();
        record.year = 2025;
        record.quarter = 1;
        record.archivedAt = Instant.parse("2025-04-16T02:30:05Z");
        record.document = json;
        record.contentHash = CanonicalJson.sha256(json);
        record.chainPosition = 1;
        record.previousHash = Seal.GENESIS;
        record.seal = Seal.of(Seal.GENESIS, record.contentHash);
        return new ReportBuilder(record, DisposedRecap.read(json),
                "https://kinerja.example.go.id/api/archive/records/" + record.id + "/verification").build(type);
    }

    private static String testSample() throws IOException {
        try (InputStream in = ReportSamples.class.getResourceAsStream("/events/recap-disposed.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

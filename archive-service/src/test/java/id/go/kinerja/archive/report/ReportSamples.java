package id.go.kinerja.archive.report;

import id.go.kinerja.archive.record.ArchiveRecord;
import id.go.kinerja.archive.seal.CanonicalJson;
import id.go.kinerja.archive.seal.Seal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes both PDF reports of the sample disposal (src/test/resources/events/recap-disposed.json), sealed as the
 * first record of its agency's chain, into a folder; docs/reports/*.png are their first pages:
 * {@code java -cp <test classpath> id.go.kinerja.archive.report.ReportSamples /tmp/reports}, then
 * {@code pdftoppm -png -r 80 -f 1 -l 1 <pdf> <name>}.
 */
public final class ReportSamples {

    private ReportSamples() {
    }

    public static void main(String[] args) throws IOException {
        String json;
        try (InputStream in = ReportSamples.class.getResourceAsStream("/events/recap-disposed.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ArchiveRecord record = new ArchiveRecord();
        record.id = UUID.fromString("5b7e0f3c-2d1a-4c6b-9e8f-0a1b2c3d4e5f");
        record.agencyCode = "DISDAGTRANS";
        record.agencyName = "Dinas Perdagangan dan Transmigrasi";
        record.recapId = UUID.fromString("7d1f3c1a-4b8e-4c57-9a0e-2f3b6c7d8e90");
        record.revision = 2;
        record.year = 2025;
        record.quarter = 1;
        record.archivedAt = Instant.parse("2025-04-16T02:30:05Z");
        record.document = json;
        record.contentHash = CanonicalJson.sha256(json);
        record.chainPosition = 1;
        record.previousHash = Seal.GENESIS;
        record.seal = Seal.of(Seal.GENESIS, record.contentHash);
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (ReportType type : ReportType.values()) {
            Report report = new ReportBuilder(record, CanonicalJson.parse(json),
                    "https://kinerja.example.go.id/api/archive/records/" + record.id + "/verification").build(type);
            try (OutputStream out = Files.newOutputStream(folder.resolve("laporan-" + type.parameter + ".pdf"))) {
                new PdfReportWriter().write(report, out);
            }
        }
    }
}

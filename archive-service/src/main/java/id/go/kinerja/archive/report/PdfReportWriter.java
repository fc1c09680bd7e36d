package id.go.kinerja.archive.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import id.go.kinerja.archive.report.Report.Column;
import id.go.kinerja.archive.report.Report.Kind;
import id.go.kinerja.archive.report.Report.Row;
import id.go.kinerja.archive.report.Report.Table;
import id.go.kinerja.platform.export.IndonesianCalendar;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A4 landscape PDF (OpenPDF). Tables may run over many pages; each page repeats the table's header row.
 * The font is embedded DejaVu Sans Condensed, because the standard PDF fonts cannot show characters such
 * as "≥" that dispositions and indicator names contain.
 */
final class PdfReportWriter {

    private static final Color HEADER = new Color(0xD9, 0xE2, 0xF3);
    private static final Color SUMMARY = new Color(0xF2, 0xF2, 0xF2);

    private final BaseFont regular = font("/fonts/DejaVuSansCondensed.ttf");
    private final BaseFont bold = font("/fonts/DejaVuSansCondensed-Bold.ttf");

    void write(Report report, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(report));
            document.addTitle(report.title() + " " + report.period());
            document.addAuthor(report.agencyName());
            document.open();
            header(document, report);
            for (Table table : report.tables()) {
                section(document, table.title());
                document.add(table(table));
            }
            section(document, "Disposisi Kepala Perangkat Daerah");
            document.add(new Paragraph(report.disposition().text(), new Font(regular, 9)));
            document.add(new Paragraph("Oleh " + report.disposition().decidedBy() + ", "
                    + report.disposition().decidedAtText(), new Font(regular, 8)));
            seal(document, report.seal());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out the report", e);
        }
    }

    private void header(Document document, Report report) {
        Paragraph title = new Paragraph(report.title().toUpperCase(Locale.ROOT), new Font(bold, 14));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph agency = new Paragraph(report.agencyName() + " (" + report.agencyCode() + ")", new Font(bold, 11));
        agency.setAlignment(Element.ALIGN_CENTER);
        document.add(agency);
        Paragraph period = new Paragraph(report.period(), new Font(regular, 11));
        period.setAlignment(Element.ALIGN_CENTER);
        document.add(period);
        Font small = new Font(regular, 9);
        if (!report.reportNumber().isEmpty()) {
            document.add(new Paragraph("Nomor: " + report.reportNumber(), small));
        }
        for (String highlight : report.highlights()) {
            document.add(new Paragraph(highlight, small));
        }
    }

    private void section(Document document, String title) {
        Paragraph paragraph = new Paragraph(title, new Font(bold, 10));
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    private PdfPTable table(Table table) {
        PdfPTable pdf = new PdfPTable(table.columns().size());
        pdf.setWidthPercentage(100);
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(table.columns().get(i));
        }
        pdf.setWidths(widths);
        pdf.setHeaderRows(1);
        Font headerFont = new Font(bold, 8);
        for (Column column : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(column.header(), headerFont));
            cell.setBackgroundColor(HEADER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(4);
            pdf.addCell(cell);
        }
        for (Row row : table.rows()) {
            Font font = new Font(row.summary() ? bold : regular, 8);
            for (Column column : table.columns()) {
                Object value = row.get(column.key());
                String text = value instanceof BigDecimal number ? IndonesianFormat.number(number, column.kind())
                        : value == null ? "" : value.toString();
                PdfPCell cell = new PdfPCell(new Phrase(text, font));
                cell.setPadding(3);
                cell.setHorizontalAlignment(column.kind() == Kind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                if (row.summary()) {
                    cell.setBackgroundColor(SUMMARY);
                }
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    private void seal(Document document, Report.ArchiveSeal seal) {
        section(document, "Segel Arsip");
        Font small = new Font(regular, 8);
        document.add(new Paragraph("ID arsip: " + seal.archiveId() + "   Posisi rantai: " + seal.chainPosition()
                + "   Diarsipkan: " + IndonesianCalendar.dateTime(seal.archivedAt()), small));
        document.add(new Paragraph("Hash isi (SHA-256): " + seal.contentHash(), small));
        document.add(new Paragraph("Segel sebelumnya: " + seal.previousHash(), small));
        document.add(new Paragraph("Segel: " + seal.seal(), small));
        document.add(new Paragraph(seal.howToVerify(), small));
    }

    private static float width(Column column) {
        return switch (column.key()) {
            case "indicator" -> 5;
            case "reason", "note" -> 3.6f;
            case "enteredBy" -> 4.8f;
            case "verifiedBy" -> 5.4f;
            case "decidedBy", "decidedAt" -> 3.4f;
            case "decision", "subject" -> 2.4f;
            case "predicateCounts" -> 3;
            case "predicate" -> 2.2f;
            case "division" -> 2.6f;
            case "code" -> 1.8f;
            case "budgetCeiling", "budgetRealised" -> 2.4f;
            default -> column.kind() == Kind.TEXT ? 1.4f : 1.9f;
        };
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfReportWriter.class.getResourceAsStream(resource)) {
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, BaseFont.CACHED, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page number and the seal on every page, so a loose page still says where it belongs. */
    private final class Footer extends PdfPageEventHelper {
        private final Report report;

        Footer(Report report) {
            this.report = report;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase footer = new Phrase(report.title() + " — " + report.agencyName() + " — " + report.period()
                    + "   |   Segel " + report.seal().seal().substring(0, 16) + "…   |   Halaman "
                    + writer.getPageNumber(), new Font(regular, 7, Font.NORMAL, Color.GRAY));
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer,
                    (document.left() + document.right()) / 2, document.bottom() - 18, 0);
        }
    }
}

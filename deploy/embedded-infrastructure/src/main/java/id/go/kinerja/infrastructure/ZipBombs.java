package id.go.kinerja.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Office documents that inflate far beyond their size ("zip bombs"), made in the test: a few kilobytes on disk,
 * tens of megabytes of zeros once inflated, shaped like an XLSX or a DOCX so that every type check lets them in.
 */
public final class ZipBombs {

    private ZipBombs() {
    }

    /** An XLSX whose first sheet inflates to {@code inflatedBytes} bytes. */
    public static byte[] xlsx(long inflatedBytes) {
        return officeDocument("xl/worksheets/sheet1.xml", inflatedBytes);
    }

    /** A DOCX whose document inflates to {@code inflatedBytes} bytes. */
    public static byte[] docx(long inflatedBytes) {
        return officeDocument("word/document.xml", inflatedBytes);
    }

    private static byte[] officeDocument(String part, long inflatedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < inflatedBytes; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, inflatedBytes - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package id.go.kinerja.collection.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The type of an evidence file read from its content (magic bytes), never from its name or the declared type:
 * a renamed executable must not pass as a PDF.
 */
enum EvidenceType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    static final List<String> ALLOWED = Arrays.stream(values()).map(type -> type.mediaType).toList();

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    final String mediaType;

    EvidenceType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The entry names of the upload as a ZIP package, read within the platform's archive limits. */
    interface ZipEntries {
        List<String> names() throws IOException;
    }

    /**
     * The type of the content, or what was found instead (for the refusal).
     *
     * @param zipEntries asked only for a ZIP file; refuses (413) a package that inflates beyond the limits
     */
    static EvidenceType of(byte[] content, String filename, ZipEntries zipEntries) {
        if (startsWith(content, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeDocument(zipEntries)
                    .orElseThrow(() -> new UnsupportedEvidence(filename, "a ZIP archive that is neither XLSX nor DOCX"));
        }
        if (content.length >= 2 && content[0] == 'M' && content[1] == 'Z') {
            throw new UnsupportedEvidence(filename, "a Windows executable");
        }
        throw new UnsupportedEvidence(filename, "not a recognised document or image");
    }

    /** An Office Open XML package: {@code [Content_Types].xml} plus the part folder of a workbook or document. */
    private static Optional<EvidenceType> officeDocument(ZipEntries zipEntries) {
        List<String> names;
        try {
            names = zipEntries.names();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean contentTypes = names.contains("[Content_Types].xml");
        boolean workbook = names.stream().anyMatch(name -> name.startsWith("xl/"));
        boolean document = names.stream().anyMatch(name -> name.startsWith("word/"));
        if (!contentTypes || workbook == document) {
            return Optional.empty();
        }
        return Optional.of(workbook ? XLSX : DOCX);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}

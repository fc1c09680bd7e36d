package id.go.kinerja.collection.imports;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.platform.problem.DomainProblem;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.upload.ArchiveInspection;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX file with POI's event API: the sheet's XML is parsed as a SAX stream,
 * row by row, instead of building the whole workbook in memory. Cells are taken as stored (numbers in
 * their raw form, so 1250000000 never turns into 1.25E+09 through a display format).
 * <p>
 * The body is spooled to a temporary file first: a zip read from a stream is held in memory entry by
 * entry, a zip file is read where it lies, so memory stays flat in the size of the file. The platform's
 * {@link ArchiveInspection} refuses a zip bomb there, before POI opens it.
 */
public final class XlsxRows {

    /** Excel's columns, A to XFD. */
    private static final int MAX_COLUMNS = 16_384;

    private XlsxRows() {
    }

    /** @param archives the platform's check every uploaded ZIP package passes before it is opened */
    public static void read(InputStream in, RowSink sink, ArchiveInspection archives) {
        Path spool = null;
        try {
            spool = Files.createTempFile("kinerja-upload-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(spool)) {
                in.transferTo(out);
            }
            archives.entries(spool);
            OPCPackage pkg = OPCPackage.open(spool.toFile(), PackageAccess.READ);
            try {
                readSheet(pkg, sink);
            } finally {
                // a package opened to read is let go with revert(); close() would try to save it
                pkg.revert();
            }
        } catch (DomainProblem problem) {
            throw problem;
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainProblem problem) {
                    throw problem;
                }
            }
            String reason = String.valueOf(e.getMessage());
            // POI may name the file it opened: the server's temporary file means nothing to the sender
            throw new InvalidInput(PlatformProblem.FILE_UNREADABLE, "file", PlatformProblem.text("file.notXlsxBecause",
                    spool == null ? reason : reason.replace(spool.toString(), "the upload")));
        } finally {
            if (spool != null) {
                spool.toFile().delete();
            }
        }
    }

    private static void readSheet(OPCPackage pkg, RowSink sink) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        List<String> strings = SharedStrings.of(pkg);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new InvalidInput(PlatformProblem.FILE_UNREADABLE, "file", CollectionProblem.text("file.noSheet"));
        }
        SheetHandler handler = new SheetHandler(strings, sink);
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XmlReaders.newReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(sheet));
        }
        if (handler.header == null) {
            throw new InvalidInput("header", CollectionProblem.text("file.noHeaderInSheet"));
        }
    }

    /** Collects the cells of each {@code <row>} and hands the row on at its end. */
    private static final class SheetHandler extends DefaultHandler {

        private final List<String> strings;
        private final RowSink sink;
        /** The cells of the current row by column; {@code width} of them are in use. */
        private String[] cells = new String[32];
        private int width;
        private final StringBuilder text = new StringBuilder();
        private List<String> header;
        private int rowNumber;
        private int nextRow = 1;
        private int column;
        private int nextColumn;
        private String type;
        private boolean inValue;

        SheetHandler(List<String> strings, RowSink sink) {
            this.strings = strings;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? nextRow : Integer.parseInt(r);
                    nextRow = rowNumber + 1;
                    nextColumn = 0;
                    Arrays.fill(cells, 0, width, null);
                    width = 0;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? nextColumn : columnOf(ref);
                    if (column >= MAX_COLUMNS) {
                        // a forged reference (ZZZZZZ1) would otherwise size the row's array in the hundreds of millions
                        throw new InvalidInput("row " + rowNumber, CollectionProblem.text("file.cellBeyondXfd"));
                    }
                    nextColumn = column + 1;
                    type = attributes.getValue("t");
                    text.setLength(0);
                }
                case "v", "t" -> {
                    inValue = true;
                    if ("v".equals(localName)) {
                        text.setLength(0);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> put(column, value());
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private String value() {
            String raw = text.toString();
            if ("s".equals(type)) {
                return strings.get(Integer.parseInt(raw.strip()));
            }
            if ("b".equals(type)) {
                return "1".equals(raw) ? "TRUE" : "FALSE";
            }
            return raw;
        }

        private void put(int column, String value) {
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            cells[column] = value;
            width = Math.max(width, column + 1);
        }

        private void endRow() {
            if (blank()) {
                return;
            }
            if (header == null) {
                List<String> names = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    names.add(cells[i] == null ? "" : cells[i]);
                }
                header = sink.header(names);
                return;
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < width; i++) {
                String cell = cells[i];
                if (cell == null) {
                    continue;
                }
                if (i < header.size()) {
                    values.put(header.get(i), cell);
                } else if (!cell.isBlank()) {
                    throw new InvalidInput("row " + rowNumber, CollectionProblem.text("file.cellsBeyondHeader"));
                }
            }
            sink.row(rowNumber, values);
        }

        private boolean blank() {
            for (int i = 0; i < width; i++) {
                if (cells[i] != null && !cells[i].isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** "AB12" → 27 (zero-based column of the cell reference). */
        private static int columnOf(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }
    }
}

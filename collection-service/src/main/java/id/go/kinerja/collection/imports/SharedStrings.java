package id.go.kinerja.collection.imports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of a workbook as plain strings, the text of each {@code <si>} without its phonetic runs.
 * POI's ReadOnlySharedStringsTable keeps the same list but hands each cell out as a rich text string built as
 * an XMLBeans object and read back again, which cost a sixth of the service's time on a large plan file.
 */
final class SharedStrings extends DefaultHandler {

    /**
     * Far above a regency plan's distinct texts (a few per row), far below what would fill a small heap: a workbook
     * of millions of tiny texts is refused before it does.
     */
    static final int MAX_TEXTS = 500_000;
    static final int MAX_CHARACTERS = 16_000_000;

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;
    private long characters;

    private SharedStrings() {
    }

    static List<String> of(OPCPackage pkg) throws Exception {
        SharedStrings handler = new SharedStrings();
        for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            try (InputStream in = part.getInputStream()) {
                XMLReader parser = XmlReaders.newReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(in));
            }
        }
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                if (strings.size() == MAX_TEXTS) {
                    throw FileTooLarge.texts(MAX_TEXTS, MAX_CHARACTERS);
                }
                strings.add(text.toString());
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && !inPhonetic) {
            characters += length;
            if (characters > MAX_CHARACTERS) {
                throw FileTooLarge.texts(MAX_TEXTS, MAX_CHARACTERS);
            }
            text.append(ch, start, length);
        }
    }
}

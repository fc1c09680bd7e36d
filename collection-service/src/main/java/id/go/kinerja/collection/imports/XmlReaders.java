package id.go.kinerja.collection.imports;

import com.ctc.wstx.sax.WstxSAXParserFactory;
import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.stream.XMLInputFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * SAX readers for the XML parts of an uploaded workbook: Woodstox, which reads a 27 MB sheet in about two thirds
 * of the time of the JDK's parser (docs/benchmarks.md), with document type declarations off, so no entity of an
 * upload is ever expanded or fetched.
 */
final class XmlReaders {

    private static final WstxSAXParserFactory FACTORY;

    static {
        WstxInputFactory input = new WstxInputFactory();
        input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY = new WstxSAXParserFactory(input);
        FACTORY.setNamespaceAware(true);
    }

    private XmlReaders() {
    }

    static XMLReader newReader() throws SAXException {
        return FACTORY.newSAXParser().getXMLReader();
    }
}

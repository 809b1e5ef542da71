package uk.evidencemap.exchange;

import java.io.ByteArrayInputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.evidencemap.base.ValidationException;

/**
 * XML files read as a stream of events (StAX, {@code javax.xml.stream}), never as a whole
 * document, with DTDs and external entities refused: the factory is told not to support DTDs
 * ({@link XMLInputFactory#SUPPORT_DTD}) nor external entities ({@link
 * XMLInputFactory#IS_SUPPORTING_EXTERNAL_ENTITIES}), and a document that declares a DTD at all is
 * refused at its DOCTYPE, before any entity is read (OWASP's XML External Entity Prevention Cheat
 * Sheet: disallow DTDs entirely). GraphML and GEXF need neither.
 */
final class XmlInput {

    static final String DTD_REFUSED = "the file declares a DTD; DTDs and external entities are refused";

    private XmlInput() {}

    /** A reader of the document, positioned before its first event. */
    static XMLStreamReader open(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            return factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /**
     * The next event, refusing a DTD.
     *
     * @throws ValidationException field "file" for a DTD or for XML that is not well formed
     */
    static int next(XMLStreamReader reader) {
        try {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ValidationException("file", DTD_REFUSED);
            }
            return event;
        } catch (XMLStreamException e) {
            throw malformed(e);
        } catch (java.util.NoSuchElementException e) {
            throw new ValidationException(
                    "file", "the file is not well-formed XML: it ends before its root element does");
        }
    }

    /** The root element's local name, after refusing anything before it that is a DTD. */
    static String root(XMLStreamReader reader) {
        while (true) {
            try {
                if (!reader.hasNext()) {
                    throw new ValidationException("file", "the file holds no XML element");
                }
            } catch (XMLStreamException e) {
                throw malformed(e);
            }
            if (next(reader) == XMLStreamConstants.START_ELEMENT) {
                return reader.getLocalName();
            }
        }
    }

    /** An attribute of the current element by local name (any namespace), or null. */
    static String attribute(XMLStreamReader reader, String name) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(name)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** "the file is not well-formed XML (line 12, column 3): ..." with the parser's own words. */
    static ValidationException malformed(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        int at = message.indexOf("Message: ");
        message = (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
        if (message.contains("DOCTYPE") || message.contains("DTD")) {
            return new ValidationException("file", DTD_REFUSED);
        }
        Location location = e.getLocation();
        String where = location == null || location.getLineNumber() < 1
                ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
        return new ValidationException("file", "the file is not well-formed XML" + where + ": " + message);
    }
}

package org.treatyportal.seo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the site's XML documents (feeds, the sitemap) with a StAX writer, which escapes
 * markup characters, so that no text can change the document's structure.
 */
public final class XmlDocuments {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private XmlDocuments() {
	}

	/** A UTF-8 document whose content the body writes. */
	public static byte[] write(Body body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XMLStreamWriter writer = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
			writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			body.write(writer);
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write an XML document", ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * The text without the characters XML 1.0 cannot hold (most control characters),
	 * which a writer would otherwise put out as they are, making the document unreadable.
	 */
	public static String text(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().filter(XmlDocuments::isXmlCharacter).forEach(clean::appendCodePoint);
		return clean.toString();
	}

	private static boolean isXmlCharacter(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	/** What goes between the XML declaration and the end of the document. */
	@FunctionalInterface
	public interface Body {

		void write(XMLStreamWriter writer) throws XMLStreamException;

	}

}

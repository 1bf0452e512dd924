package org.treatyportal.feeds;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.treatyportal.seo.SiteUrls;
import org.treatyportal.seo.XmlDocuments;
import org.treatyportal.web.Languages;

/**
 * One feed as an Atom 1.0 document (RFC 4287).
 *
 * @param id the feed's IRI: its own absolute address
 * @param title the feed's title
 * @param selfUrl the feed's address
 * @param pageUrl the page that lists the same items
 * @param author the organisation that publishes it
 * @param updated when the newest entry changed
 * @param entries newest first
 * @param language the feed's language ({@code xml:lang}), in which its links to pages are
 * given
 * @param languages the site's languages, to give the entries' links in the feed's
 */
record AtomFeed(String id, String title, String selfUrl, String pageUrl, String author, Instant updated,
		List<FeedEntry> entries, String language, Languages languages) {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	/**
	 * The document, written by a StAX writer so that titles and summaries are escaped.
	 */
	byte[] xml(SiteUrls urls, String feedName) {
		return XmlDocuments.write((writer) -> {
			writer.setDefaultNamespace(NAMESPACE);
			writer.writeStartElement(NAMESPACE, "feed");
			writer.writeDefaultNamespace(NAMESPACE);
			writer.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", this.language);
			element(writer, "id", this.id);
			textElement(writer, "title", this.title);
			element(writer, "updated", time(this.updated));
			link(writer, "self", "application/atom+xml", this.selfUrl);
			link(writer, "alternate", "text/html", this.pageUrl);
			writer.writeStartElement(NAMESPACE, "author");
			element(writer, "name", this.author);
			element(writer, "uri", urls.home());
			writer.writeEndElement();
			for (FeedEntry entry : this.entries) {
				writer.writeStartElement(NAMESPACE, "entry");
				if (entry.language() != null) {
					writer.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", entry.language());
				}
				element(writer, "id", entryId(urls, feedName, entry));
				textElement(writer, "title", entry.title());
				link(writer, "alternate", "text/html",
						urls.absolute(this.languages.pathIn(this.language, entry.path())));
				element(writer, "published", time(entry.published()));
				element(writer, "updated", time(entry.updated()));
				if (entry.summary() != null && !entry.summary().isBlank()) {
					textElement(writer, "summary", entry.summary());
				}
				for (String category : entry.categories()) {
					writer.writeEmptyElement(NAMESPACE, "category");
					writer.writeAttribute("term", XmlDocuments.text(category));
				}
				writer.writeEndElement();
			}
			writer.writeEndElement();
		});
	}

	/**
	 * A {@code tag:} URI (RFC 4151) that stays the entry's id when its title or address
	 * changes: the site's host, the day the item came to exist, the feed and the item's
	 * key.
	 */
	static String entryId(SiteUrls urls, String feedName, FeedEntry entry) {
		return "tag:" + urls.host() + "," + entry.createdOn() + ":" + feedName + "/" + entry.key();
	}

	private static void element(XMLStreamWriter writer, String name, String value) throws XMLStreamException {
		writer.writeStartElement(NAMESPACE, name);
		writer.writeCharacters(XmlDocuments.text(value));
		writer.writeEndElement();
	}

	private static void textElement(XMLStreamWriter writer, String name, String value) throws XMLStreamException {
		writer.writeStartElement(NAMESPACE, name);
		writer.writeAttribute("type", "text");
		writer.writeCharacters(XmlDocuments.text(value));
		writer.writeEndElement();
	}

	private static void link(XMLStreamWriter writer, String rel, String type, String href) throws XMLStreamException {
		writer.writeEmptyElement(NAMESPACE, "link");
		writer.writeAttribute("rel", rel);
		writer.writeAttribute("type", type);
		writer.writeAttribute("href", XmlDocuments.text(href));
	}

	/** An RFC 3339 date-time in UTC, to the second. */
	private static String time(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

}

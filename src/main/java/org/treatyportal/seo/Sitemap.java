package org.treatyportal.seo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.treatyportal.web.ContentVersions;
import org.treatyportal.web.Languages;

/**
 * Gathers the entries of every {@link SitemapSource} into one sitemaps.org 0.9 document:
 * the home page first, then each feature's pages, each address once.
 */
@Component
class Sitemap {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** The most addresses one sitemap file may hold. */
	static final int MAX_ENTRIES = 50_000;

	private static final Logger logger = LoggerFactory.getLogger(Sitemap.class);

	private final List<SitemapSource> sources;

	/**
	 * The namespace of the {@code xhtml:link} elements that name each page's languages.
	 */
	static final String XHTML = "http://www.w3.org/1999/xhtml";

	private final SiteUrls urls;

	private final Languages languages;

	Sitemap(List<SitemapSource> sources, SiteUrls urls, Languages languages) {
		this.sources = sources;
		this.urls = urls;
		this.languages = languages;
	}

	/**
	 * Every public address, the home page first; a path given twice keeps its latest
	 * date.
	 */
	List<SitemapEntry> entries() {
		Map<String, Instant> byPath = new LinkedHashMap<>();
		Map<String, ContentVersions> versions = new LinkedHashMap<>();
		byPath.put("/", null);
		Instant newest = null;
		for (SitemapSource source : this.sources) {
			for (SitemapEntry entry : source.entries()) {
				byPath.put(entry.path(), SitemapEntry.latest(byPath.get(entry.path()), entry.lastModified()));
				if (entry.versions() != null) {
					versions.put(entry.path(), entry.versions());
				}
				newest = SitemapEntry.latest(newest, entry.lastModified());
			}
		}
		// The home page shows the newest of everything: it changes whenever anything
		// does.
		byPath.put("/", SitemapEntry.latest(byPath.get("/"), newest));
		List<SitemapEntry> entries = new ArrayList<>(byPath.size());
		byPath.forEach((path, lastModified) -> entries.add(new SitemapEntry(path, lastModified, versions.get(path))));
		int max = MAX_ENTRIES / this.languages.all().size();
		if (entries.size() > max) {
			logger.warn("The sitemap lists only the first {} of {} pages: split it into a sitemap index", max,
					entries.size());
			return entries.subList(0, max);
		}
		return entries;
	}

	/**
	 * The sitemap as a UTF-8 XML document: each page once in each language, with
	 * {@code xhtml:link} alternates naming all its languages and {@code x-default}.
	 */
	byte[] xml(List<SitemapEntry> entries) {
		List<String> tags = this.languages.all();
		return XmlDocuments.write((writer) -> {
			writer.setDefaultNamespace(NAMESPACE);
			writer.setPrefix("xhtml", XHTML);
			writer.writeStartElement(NAMESPACE, "urlset");
			writer.writeDefaultNamespace(NAMESPACE);
			if (tags.size() > 1) {
				writer.writeNamespace("xhtml", XHTML);
			}
			for (SitemapEntry entry : entries) {
				ContentVersions versions = entry.versions();
				// An item lists only its real versions: a page showing the original with
				// a
				// notice is a copy of it, not a translation (ADR 18).
				List<String> listed = (versions != null) ? tags.stream().filter(versions::has).toList() : tags;
				for (String language : listed) {
					writer.writeStartElement(NAMESPACE, "url");
					writer.writeStartElement(NAMESPACE, "loc");
					writer.writeCharacters(XmlDocuments.text(this.urls.absolute(path(entry, language))));
					writer.writeEndElement();
					if (entry.lastModified() != null) {
						writer.writeStartElement(NAMESPACE, "lastmod");
						writer.writeCharacters(entry.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
						writer.writeEndElement();
					}
					if (tags.size() > 1) {
						for (String alternate : listed) {
							alternate(writer, alternate, path(entry, alternate));
						}
						String fallback = (versions == null || versions.has(this.languages.defaultLanguage()))
								? this.languages.defaultLanguage() : versions.original();
						alternate(writer, "x-default", path(entry, fallback));
					}
					writer.writeEndElement();
				}
			}
			writer.writeEndElement();
		});
	}

	/** The entry's address in a language. */
	private String path(SitemapEntry entry, String language) {
		String path = (entry.versions() != null) ? entry.versions().path(language) : entry.path();
		return this.languages.pathIn(language, path);
	}

	private void alternate(XMLStreamWriter writer, String language, String path) throws XMLStreamException {
		writer.writeEmptyElement(XHTML, "link");
		writer.writeAttribute("rel", "alternate");
		writer.writeAttribute("hreflang", language);
		writer.writeAttribute("href", XmlDocuments.text(this.urls.absolute(path)));
	}

}

package org.treatyportal.seo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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

	private final SiteUrls urls;

	Sitemap(List<SitemapSource> sources, SiteUrls urls) {
		this.sources = sources;
		this.urls = urls;
	}

	/**
	 * Every public address, the home page first; a path given twice keeps its latest
	 * date.
	 */
	List<SitemapEntry> entries() {
		Map<String, Instant> byPath = new LinkedHashMap<>();
		byPath.put("/", null);
		Instant newest = null;
		for (SitemapSource source : this.sources) {
			for (SitemapEntry entry : source.entries()) {
				byPath.put(entry.path(), SitemapEntry.latest(byPath.get(entry.path()), entry.lastModified()));
				newest = SitemapEntry.latest(newest, entry.lastModified());
			}
		}
		// The home page shows the newest of everything: it changes whenever anything
		// does.
		byPath.put("/", SitemapEntry.latest(byPath.get("/"), newest));
		List<SitemapEntry> entries = new ArrayList<>(byPath.size());
		byPath.forEach((path, lastModified) -> entries.add(new SitemapEntry(path, lastModified)));
		if (entries.size() > MAX_ENTRIES) {
			logger.warn("The sitemap lists only the first {} of {} addresses: split it into a sitemap index",
					MAX_ENTRIES, entries.size());
			return entries.subList(0, MAX_ENTRIES);
		}
		return entries;
	}

	/** The sitemap as a UTF-8 XML document. */
	byte[] xml(List<SitemapEntry> entries) {
		return XmlDocuments.write((writer) -> {
			writer.setDefaultNamespace(NAMESPACE);
			writer.writeStartElement(NAMESPACE, "urlset");
			writer.writeDefaultNamespace(NAMESPACE);
			for (SitemapEntry entry : entries) {
				writer.writeStartElement(NAMESPACE, "url");
				writer.writeStartElement(NAMESPACE, "loc");
				writer.writeCharacters(XmlDocuments.text(this.urls.absolute(entry.path())));
				writer.writeEndElement();
				if (entry.lastModified() != null) {
					writer.writeStartElement(NAMESPACE, "lastmod");
					writer.writeCharacters(entry.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
					writer.writeEndElement();
				}
				writer.writeEndElement();
			}
			writer.writeEndElement();
		});
	}

}

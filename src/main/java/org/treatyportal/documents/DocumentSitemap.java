package org.treatyportal.documents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;

import org.treatyportal.seo.SitemapEntry;
import org.treatyportal.seo.SitemapSource;

/**
 * The document library in the sitemap: the list and every visible document's page.
 */
@Configuration(proxyBeanMethods = false)
class DocumentSitemap {

	private static final int SITEMAP_MAX = 50_000;

	@Bean
	SitemapSource documentPages(DocumentRepository documents, Clock clock) {
		return () -> {
			List<SitemapEntry> entries = new ArrayList<>();
			List<Document> visible = documents.findVisible(clock.instant(), PageRequest.of(0, SITEMAP_MAX))
				.getContent();
			entries.add(new SitemapEntry("/documents",
					visible.stream().map(Document::getUpdatedAt).reduce(null, SitemapEntry::latest)));
			for (Document document : visible) {
				entries.add(new SitemapEntry("/documents/" + document.getSlug(), document.getUpdatedAt()));
			}
			return entries;
		};
	}

}

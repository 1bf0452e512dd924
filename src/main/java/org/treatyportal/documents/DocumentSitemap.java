package org.treatyportal.documents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.publishing.LanguageVersions;
import org.treatyportal.seo.SitemapEntry;
import org.treatyportal.seo.SitemapSource;
import org.treatyportal.web.Languages;

/**
 * The document library in the sitemap: the list and every visible document's page.
 */
@Configuration(proxyBeanMethods = false)
class DocumentSitemap {

	private static final int SITEMAP_MAX = 50_000;

	@Bean
	SitemapSource documentPages(DocumentRepository documents, Clock clock, Languages languages,
			PlatformTransactionManager transactions) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		return () -> readOnly.execute((status) -> {
			List<SitemapEntry> entries = new ArrayList<>();
			List<Document> visible = documents.findVisible(clock.instant(), PageRequest.of(0, SITEMAP_MAX))
				.getContent();
			entries.add(new SitemapEntry("/documents",
					visible.stream().map(Document::getUpdatedAt).reduce(null, SitemapEntry::latest)));
			for (Document document : visible) {
				entries
					.add(new SitemapEntry("/documents/" + document.getSlug(), document.getUpdatedAt(), LanguageVersions
						.of(document, document.getLanguage(), languages.all(), (slug) -> "/documents/" + slug)));
			}
			return entries;
		});
	}

}

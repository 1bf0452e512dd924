package org.treatyportal.documents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchSource;

/**
 * Published documents in the site search, found by their title, description and the text
 * of their current files (extracted from PDFs), filtered by treaty and country. Their
 * rows in {@code search_item} are kept by {@code portal_search_refresh_document} (V109).
 */
@Configuration(proxyBeanMethods = false)
class DocumentSearchSource {

	@Bean
	SearchSource documentSearch() {
		return new SearchSource("documents", "search.type.documents");
	}

}

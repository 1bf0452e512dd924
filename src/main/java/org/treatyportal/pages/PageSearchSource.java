package org.treatyportal.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchSource;

/**
 * Published static pages in the site search. Their rows in {@code search_item} are kept
 * by {@code portal_search_refresh_page} (V109).
 */
@Configuration(proxyBeanMethods = false)
class PageSearchSource {

	@Bean
	SearchSource pageSearch() {
		return new SearchSource(PageEditor.CONTENT_TYPE, "search.type.pages");
	}

}

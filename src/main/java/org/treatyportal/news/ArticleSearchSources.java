package org.treatyportal.news;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchSource;

/**
 * News items and press releases in the site search: visible ones only, dated by their
 * publication in the site's time zone, to the day or to the month. Their rows in
 * {@code search_item} are kept by {@code portal_search_refresh_article} (V109).
 */
@Configuration(proxyBeanMethods = false)
class ArticleSearchSources {

	@Bean
	SearchSource newsSearch() {
		return source(ArticleKind.NEWS);
	}

	@Bean
	SearchSource pressReleaseSearch() {
		return source(ArticleKind.PRESS_RELEASE);
	}

	private static SearchSource source(ArticleKind kind) {
		return new SearchSource(kind.path(), kind.messageKey() + ".one");
	}

}

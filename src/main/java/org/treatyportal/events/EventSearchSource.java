package org.treatyportal.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchSource;

/**
 * Published events in the site search, dated by their first day, filtered by the country
 * they take place in. Their rows in {@code search_item} are kept by
 * {@code portal_search_refresh_event} (V109).
 */
@Configuration(proxyBeanMethods = false)
class EventSearchSource {

	@Bean
	SearchSource eventSearch() {
		return new SearchSource("events", "search.type.events");
	}

}

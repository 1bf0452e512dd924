package org.treatyportal.treaties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchFilter;
import org.treatyportal.search.SearchSource;

/**
 * Treaties in the site search, found by title, short title, number and summary: the
 * version in the searched language where there is one, else the original. Their rows in
 * {@code search_item} are kept by {@code portal_search_refresh_treaty} (V109).
 */
@Configuration(proxyBeanMethods = false)
class TreatySearchSource {

	@Bean
	SearchSource treatySearch() {
		return new SearchSource("treaties", "search.type.treaties");
	}

	/** The treaties filter: by number, with the title in the searched language. */
	@Bean
	SearchFilter treatyFilter() {
		return new SearchFilter(SearchFilter.TREATY,
				"select cast(t.number as text) as value, t.series || ' ' || t.number || ' – '"
						+ " || coalesce(tt.short_title, t.short_title) as label from treaty t left join treaty_translation tt"
						+ " on tt.treaty_id = t.id and tt.language = :language order by t.number",
				true);
	}

}

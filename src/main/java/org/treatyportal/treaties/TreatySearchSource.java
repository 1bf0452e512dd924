package org.treatyportal.treaties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchSource;
import org.treatyportal.search.SqlSearchSource;

/**
 * Treaties in the site search, found by title, short title, number and summary.
 */
@Configuration(proxyBeanMethods = false)
class TreatySearchSource {

	@Bean
	SearchSource treatySearch() {
		return new SqlSearchSource("treaties", "search.type.treaties",
				"select t.id, t.series || ' ' || t.number || ' ' || t.title as title, '/treaties/' || t.number as url,"
						+ " t.opened_on as date, t.opened_on as at, t.summary as body, 'en' as language, t.search as vector, t.search as head, null::text[] as countries,"
						+ " t.number as treaty from treaty t");
	}

}

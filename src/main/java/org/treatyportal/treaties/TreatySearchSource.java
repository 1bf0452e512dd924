package org.treatyportal.treaties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchFilter;
import org.treatyportal.search.SearchSource;
import org.treatyportal.search.SqlSearchSource;

/**
 * Treaties in the site search, found by title, short title, number and summary: the
 * version in the searched language where there is one, else the original.
 */
@Configuration(proxyBeanMethods = false)
class TreatySearchSource {

	@Bean
	SearchSource treatySearch() {
		String common = " '/treaties/' || t.number as url, t.opened_on as date, t.opened_on as at,";
		String filters = " null::text[] as countries, t.number as treaty";
		// A translation's vectors hold its own words: the series and number, which are
		// not
		// translated, are added (weight A, as in the original's). Treaties are few: the
		// vectors built here cost less than a lookup.
		String number = "setweight(to_tsvector('simple', t.series || ' ' || t.number), 'A')";
		return new SqlSearchSource("treaties", "search.type.treaties",
				"select t.id, t.series || ' ' || t.number || ' ' || t.title as title," + common
						+ " portal_html_text(t.summary) as body, t.language, t.search as vector, t.search as head,"
						+ filters + " from treaty t where t.language = :language or not exists (select 1"
						+ " from treaty_translation tt where tt.treaty_id = t.id and tt.language = :language)"
						+ " union all select t.id, t.series || ' ' || t.number || ' ' || tt.title as title," + common
						+ " portal_html_text(tt.summary) as body, tt.language, tt.search || " + number
						+ " as vector, tt.search || " + number + " as head," + filters
						+ " from treaty t join treaty_translation tt on tt.treaty_id = t.id and tt.language = :language"
						+ " where t.language <> :language");
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

package org.treatyportal.countries;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchSource;
import org.treatyportal.search.SqlSearchSource;

/**
 * Country profiles in the site search, found by the country's name and the profile's
 * text; restricted contacts are never searched.
 */
@Configuration(proxyBeanMethods = false)
class CountrySearchSource {

	@Bean
	SearchSource countrySearch() {
		return new SqlSearchSource("countries", "search.type.countries",
				"select c.id, c.name as title, '/countries/' || lower(c.code) as url, p.last_reviewed as date,"
						+ " p.last_reviewed as at,"
						+ " portal_html_text(coalesce(p.status_summary, '') || ' ' || coalesce(p.legislation, '')) as body,"
						+ " 'en' as language, c.search || coalesce(p.search, ''::tsvector) as vector, c.search as head,"
						+ " array[c.code] as countries, null::integer as treaty"
						+ " from country c left join country_profile p on p.country_id = c.id");
	}

}

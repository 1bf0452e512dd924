package org.treatyportal.countries;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchFilter;
import org.treatyportal.search.SearchSource;

/**
 * Country profiles in the site search, found by the country's name and the profile's
 * text: the profile in the searched language where it has a version in it, else the
 * original, under the country's name in the searched language; restricted contacts are
 * never searched. Their rows in {@code search_item} are kept by
 * {@code portal_search_refresh_country} (V109).
 */
@Configuration(proxyBeanMethods = false)
class CountrySearchSource {

	@Bean
	SearchSource countrySearch() {
		return new SearchSource("countries", "search.type.countries");
	}

	/** The States filter: every State by its name in the searched language. */
	@Bean
	SearchFilter countryFilter() {
		return new SearchFilter(SearchFilter.COUNTRY,
				"select c.code as value, coalesce(n.name, c.name) as label from country c"
						+ " left join country_name n on n.country_id = c.id and n.language = :language",
				false);
	}

}

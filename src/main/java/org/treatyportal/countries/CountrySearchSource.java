package org.treatyportal.countries;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchFilter;
import org.treatyportal.search.SearchSource;
import org.treatyportal.search.SqlSearchSource;

/**
 * Country profiles in the site search, found by the country's name and the profile's
 * text: the profile in the searched language where it has a version in it, else the
 * original, under the country's name in the searched language; restricted contacts are
 * never searched.
 */
@Configuration(proxyBeanMethods = false)
class CountrySearchSource {

	@Bean
	SearchSource countrySearch() {
		String name = "coalesce(n.name, c.name)";
		// Both names, read in the language of the row's text: "Allemagne" and "Germany"
		// find Germany on either search. Countries are a few hundred: the vectors built
		// here cost less than a lookup.
		String head = "setweight(to_tsvector(portal_search_config(%s), coalesce(n.name, '') || ' ' || c.name), 'A')";
		String common = " '/countries/' || lower(c.code) as url, p.last_reviewed as date, p.last_reviewed as at,";
		String filters = " array[c.code] as countries, null::integer as treaty";
		String names = " from country c left join country_name n on n.country_id = c.id and n.language = :language"
				+ " left join country_profile p on p.country_id = c.id";
		String original = "coalesce(p.language, 'en')";
		return new SqlSearchSource("countries", "search.type.countries", "select c.id, " + name + " as title," + common
				+ " portal_html_text(coalesce(p.status_summary, '') || ' ' || coalesce(p.legislation, '')) as body, "
				+ original + " as language, " + head.formatted(original)
				+ " || coalesce(p.search, ''::tsvector) as vector, " + head.formatted(original) + " as head," + filters
				+ names + " where p.country_id is null or p.language = :language or not exists"
				+ " (select 1 from country_profile_translation t where t.country_id = c.id"
				+ " and t.language = :language)" + " union all select c.id, " + name + " as title," + common
				+ " portal_html_text(t.status_summary || ' ' || t.legislation) as body, t.language, "
				+ head.formatted("t.language") + " || t.search as vector, " + head.formatted("t.language") + " as head,"
				+ filters + names
				+ " join country_profile_translation t on t.country_id = c.id and t.language = :language"
				+ " where p.language <> :language");
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

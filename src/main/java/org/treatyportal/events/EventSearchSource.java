package org.treatyportal.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchSource;
import org.treatyportal.search.SqlSearchSource;

/**
 * Published events in the site search, dated by their first day, filtered by the country
 * they take place in.
 */
@Configuration(proxyBeanMethods = false)
class EventSearchSource {

	@Bean
	SearchSource eventSearch() {
		return new SqlSearchSource("events", "search.type.events",
				"select e.id, e.title, '/events/' || e.slug as url, e.start_date as date, e.start_date as at,"
						+ " e.summary || ' ' || e.city || ' ' || portal_html_text(e.body) as body, e.search as vector,"
						+ " e.search_head as head,"
						+ " array[e.country_code] as countries, null::integer as treaty from event e"
						+ " where e.state = 'PUBLISHED' and e.publish_at <= :now",
				"select e.publish_at as at from event e where e.state = 'PUBLISHED' and e.publish_at > :now");
	}

}

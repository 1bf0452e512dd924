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
		String visible = "e.state = 'PUBLISHED' and e.publish_at <= :now";
		String columns = " e.start_date as date, e.start_date as at,";
		String filters = " array[e.country_code] as countries, null::integer as treaty";
		// The version in the searched language where there is one, else the original.
		return new SqlSearchSource("events", "search.type.events", "select e.id, e.title, '/events/' || e.slug as url,"
				+ columns + " e.summary || ' ' || e.city || ' ' || portal_html_text(e.body) as body, e.language,"
				+ " e.search as vector, e.search_head as head," + filters + " from event e where " + visible
				+ " and (e.language = :language or not exists (select 1 from event_translation t"
				+ " where t.event_id = e.id and t.language = :language))"
				+ " union all select e.id, t.title, '/events/' || t.slug as url," + columns
				+ " t.summary || ' ' || e.city || ' ' || portal_html_text(t.body) as body, t.language,"
				+ " t.search as vector, t.search_head as head," + filters + " from event e join event_translation t"
				+ " on t.event_id = e.id and t.language = :language where " + visible + " and e.language <> :language",
				"select e.publish_at as at from event e where e.state = 'PUBLISHED' and e.publish_at > :now");
	}

}

package org.treatyportal.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchSource;
import org.treatyportal.search.SqlSearchSource;

/**
 * Published static pages in the site search.
 */
@Configuration(proxyBeanMethods = false)
class PageSearchSource {

	@Bean
	SearchSource pageSearch() {
		String visible = "p.state = 'PUBLISHED' and p.publish_at <= :now";
		String columns = " (p.updated_at at time zone :zone)::date as date, p.updated_at as at,";
		String filters = " null::text[] as countries, null::integer as treaty";
		// The version in the searched language where there is one, else the original.
		return new SqlSearchSource(PageEditor.CONTENT_TYPE, "search.type.pages",
				"select p.id, p.title, '/' || p.slug as url," + columns
						+ " p.summary || ' ' || portal_html_text(p.body) as body, p.language, p.search as vector,"
						+ " p.search_head as head," + filters + " from page p where " + visible
						+ " and (p.language = :language or not exists (select 1 from page_translation t"
						+ " where t.page_id = p.id and t.language = :language))"
						+ " union all select p.id, t.title, '/' || t.slug as url," + columns
						+ " t.summary || ' ' || portal_html_text(t.body) as body, t.language, t.search as vector,"
						+ " t.search_head as head," + filters + " from page p join page_translation t"
						+ " on t.page_id = p.id and t.language = :language where " + visible
						+ " and p.language <> :language",
				"select p.publish_at as at from page p where p.state = 'PUBLISHED' and p.publish_at > :now");
	}

}

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
		return new SqlSearchSource(PageEditor.CONTENT_TYPE, "search.type.pages",
				"select p.id, p.title, '/' || p.slug as url, (p.updated_at at time zone :zone)::date as date,"
						+ " p.updated_at as at,"
						+ " p.summary || ' ' || portal_html_text(p.body) as body, p.search as vector, p.search_head as head,"
						+ " null::text[] as countries, null::integer as treaty from page p"
						+ " where p.state = 'PUBLISHED' and p.publish_at <= :now",
				"select p.publish_at as at from page p where p.state = 'PUBLISHED' and p.publish_at > :now");
	}

}

package org.treatyportal.news;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchSource;
import org.treatyportal.search.SqlSearchSource;

/**
 * News items and press releases in the site search: visible ones only, dated by their
 * publication in the site's time zone, to the day or to the month.
 */
@Configuration(proxyBeanMethods = false)
class ArticleSearchSources {

	@Bean
	SearchSource newsSearch() {
		return source(ArticleKind.NEWS);
	}

	@Bean
	SearchSource pressReleaseSearch() {
		return source(ArticleKind.PRESS_RELEASE);
	}

	private static SearchSource source(ArticleKind kind) {
		return new SqlSearchSource(kind.path(), kind.messageKey() + ".one", "select a.id, a.title, '/" + kind.path()
				+ "/' || a.slug as url,"
				+ " (a.publish_at at time zone :zone)::date as date, a.publish_at as at, a.date_precision,"
				+ " a.summary || ' ' || portal_html_text(a.body) as body, a.search as vector, a.search_head as head,"
				+ " null::text[] as countries, null::integer as treaty from article a where a.kind = '" + kind.name()
				+ "' and a.state = 'PUBLISHED' and a.publish_at <= :now",
				"select a.publish_at as at from article a where a.kind = '" + kind.name()
						+ "' and a.state = 'PUBLISHED' and a.publish_at > :now",
				"s.date_precision");
	}

}

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
		String visible = "a.kind = '" + kind.name() + "' and a.state = 'PUBLISHED' and a.publish_at <= :now";
		String dates = " (a.publish_at at time zone :zone)::date as date, a.publish_at as at, a.date_precision,";
		String filters = " null::text[] as countries, null::integer as treaty";
		// The version in the searched language where there is one, else the original.
		return new SqlSearchSource(kind.path(), kind.messageKey() + ".one",
				"select a.id, a.title, '/" + kind.path() + "/' || a.slug as url," + dates
						+ " a.summary || ' ' || portal_html_text(a.body) as body, a.language, a.search as vector,"
						+ " a.search_head as head," + filters + " from article a where " + visible
						+ " and (a.language = :language or not exists (select 1 from article_translation t"
						+ " where t.article_id = a.id and t.language = :language))"
						+ " union all select a.id, t.title, '/" + kind.path() + "/' || t.slug as url," + dates
						+ " t.summary || ' ' || portal_html_text(t.body) as body, t.language, t.search as vector,"
						+ " t.search_head as head," + filters + " from article a join article_translation t"
						+ " on t.article_id = a.id and t.language = :language where " + visible
						+ " and a.language <> :language",
				"select a.publish_at as at from article a where a.kind = '" + kind.name()
						+ "' and a.state = 'PUBLISHED' and a.publish_at > :now",
				"s.date_precision");
	}

}

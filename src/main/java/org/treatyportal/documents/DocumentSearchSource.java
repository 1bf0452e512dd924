package org.treatyportal.documents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.search.SearchSource;
import org.treatyportal.search.SqlSearchSource;

/**
 * Published documents in the site search, found by their title, description and the text
 * of their current files (extracted from PDFs), filtered by treaty and country.
 */
@Configuration(proxyBeanMethods = false)
class DocumentSearchSource {

	@Bean
	SearchSource documentSearch() {
		String visible = "d.state = 'PUBLISHED' and d.publish_at <= :now";
		String files = "coalesce((select string_agg(left(f.extracted_text, 5000), ' ')"
				+ " from document_file f where f.document_id = d.id and f.current), '')";
		String filters = " array(select c.country_code from document_country c where c.document_id = d.id)"
				+ " as countries, d.treaty_number as treaty";
		// The version in the searched language where there is one, else the original.
		// Each
		// version's vector holds the text of the current files, read in its language
		// (kept
		// by triggers, V41 and V101).
		return new SqlSearchSource("documents", "search.type.documents",
				"select d.id, d.title, '/documents/' || d.slug as url, d.document_date as date, d.document_date as at,"
						+ " d.summary || ' ' || " + files + " as body, d.language, d.search as vector,"
						+ " d.search_head as head," + filters + " from document d where " + visible
						+ " and (d.language = :language or not exists (select 1 from document_translation t"
						+ " where t.document_id = d.id and t.language = :language))"
						+ " union all select d.id, t.title, '/documents/' || t.slug as url, d.document_date as date,"
						+ " d.document_date as at, t.summary || ' ' || " + files + " as body, t.language,"
						+ " t.search as vector, t.search_head as head," + filters
						+ " from document d join document_translation t on t.document_id = d.id"
						+ " and t.language = :language where " + visible + " and d.language <> :language",
				"select d.publish_at as at from document d where d.state = 'PUBLISHED' and d.publish_at > :now");
	}

}

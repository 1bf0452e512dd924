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
		return new SqlSearchSource("documents", "search.type.documents",
				"select d.id, d.title, '/documents/' || d.slug as url, d.document_date as date, d.document_date as at,"
						+ " d.summary || ' ' || coalesce((select string_agg(left(f.extracted_text, 5000), ' ')"
						+ " from document_file f where f.document_id = d.id and f.current), '') as body,"
						+ " d.search as vector, d.search_head as head,"
						+ " array(select c.country_code from document_country c where c.document_id = d.id) as countries,"
						+ " d.treaty_number as treaty from document d"
						+ " where d.state = 'PUBLISHED' and d.publish_at <= :now",
				"select d.publish_at as at from document d where d.state = 'PUBLISHED' and d.publish_at > :now");
	}

}

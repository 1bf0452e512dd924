package org.treatyportal.documents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.publishing.EditorialTable;

/**
 * Where documents live, for the dashboard and the audit log's links.
 */
@Configuration(proxyBeanMethods = false)
class DocumentTable {

	@Bean
	EditorialTable documentItems() {
		return new EditorialTable(DocumentEditor.CONTENT_TYPE, "search.type.documents", "document");
	}

}

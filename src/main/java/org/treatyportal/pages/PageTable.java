package org.treatyportal.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.publishing.EditorialTable;

/**
 * Where pages live, for the dashboard and the audit log's links.
 */
@Configuration(proxyBeanMethods = false)
class PageTable {

	@Bean
	EditorialTable pageItems() {
		return new EditorialTable(PageEditor.CONTENT_TYPE, "search.type.pages", "page");
	}

}

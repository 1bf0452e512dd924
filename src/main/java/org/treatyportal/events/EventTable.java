package org.treatyportal.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.publishing.EditorialTable;

/**
 * Where events live, for the dashboard and the audit log's links.
 */
@Configuration(proxyBeanMethods = false)
class EventTable {

	@Bean
	EditorialTable eventItems() {
		return new EditorialTable(EventEditor.CONTENT_TYPE, "search.type.events", "event");
	}

}

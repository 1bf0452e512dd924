package org.treatyportal.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.audit.AuditItemAddresses;

/**
 * The audit log links events to their admin pages.
 */
@Configuration(proxyBeanMethods = false)
class EventAuditAddresses {

	@Bean
	AuditItemAddresses eventsInTheAuditLog() {
		return AuditItemAddresses.byId(EventEditor.CONTENT_TYPE, "/admin/events");
	}

}

package org.treatyportal.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.audit.AuditItemAddresses;

/**
 * The audit log links pages to their admin pages.
 */
@Configuration(proxyBeanMethods = false)
class PageAuditAddresses {

	@Bean
	AuditItemAddresses pagesInTheAuditLog() {
		return AuditItemAddresses.byId(PageEditor.CONTENT_TYPE, "/admin/pages");
	}

}

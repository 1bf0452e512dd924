package org.treatyportal.documents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.audit.AuditItemAddresses;

/**
 * The audit log links documents to their admin pages.
 */
@Configuration(proxyBeanMethods = false)
class DocumentAuditAddresses {

	@Bean
	AuditItemAddresses documentsInTheAuditLog() {
		return AuditItemAddresses.byId(DocumentEditor.CONTENT_TYPE, DocumentEditor.ADMIN_PATH);
	}

}

package org.treatyportal.users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.audit.AuditItemAddresses;

/**
 * The audit log links accounts to their admin pages.
 */
@Configuration(proxyBeanMethods = false)
class UserAuditAddresses {

	@Bean
	AuditItemAddresses accountsInTheAuditLog() {
		return AuditItemAddresses.byId(TwoFactorService.AUDIT_ITEM_TYPE, "/admin/users");
	}

}

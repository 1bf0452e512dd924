package org.treatyportal.news;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.audit.AuditItemAddresses;

/**
 * The audit log links news items and press releases to their admin pages.
 */
@Configuration(proxyBeanMethods = false)
class ArticleAuditAddresses {

	@Bean
	AuditItemAddresses newsInTheAuditLog() {
		return AuditItemAddresses.byId(ArticleKind.NEWS.contentType(), "/admin/" + ArticleKind.NEWS.path());
	}

	@Bean
	AuditItemAddresses pressReleasesInTheAuditLog() {
		return AuditItemAddresses.byId(ArticleKind.PRESS_RELEASE.contentType(),
				"/admin/" + ArticleKind.PRESS_RELEASE.path());
	}

}

package org.treatyportal.news;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.publishing.EditorialTable;

/**
 * Where news items and press releases live, for the dashboard and the audit log's links.
 */
@Configuration(proxyBeanMethods = false)
class ArticleTables {

	@Bean
	EditorialTable newsTable() {
		return table(ArticleKind.NEWS);
	}

	@Bean
	EditorialTable pressReleaseTable() {
		return table(ArticleKind.PRESS_RELEASE);
	}

	private static EditorialTable table(ArticleKind kind) {
		return new EditorialTable(kind.contentType(), kind.messageKey() + ".one", "article",
				"i.kind = '" + kind.name() + "'");
	}

}

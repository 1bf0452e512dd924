package org.treatyportal.news;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.publishing.PublicationState;
import org.treatyportal.publishing.PublicationStatus;
import org.treatyportal.publishing.StatusCounter;
import org.treatyportal.publishing.StatusCounts;

/**
 * Counts news items and press releases by status for the admin dashboard.
 */
@Component
class ArticleStatusCounter implements StatusCounter {

	private final ArticleRepository articles;

	ArticleStatusCounter(ArticleRepository articles) {
		this.articles = articles;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StatusCounts> countByStatus(Instant now) {
		Map<ArticleKind, Map<PublicationStatus, Long>> counts = new EnumMap<>(ArticleKind.class);
		for (ArticleKind kind : ArticleKind.values()) {
			counts.put(kind, new EnumMap<>(PublicationStatus.class));
		}
		for (Object[] row : this.articles.countByKindAndState()) {
			PublicationStatus status = PublicationStatus.valueOf(((PublicationState) row[1]).name());
			counts.get((ArticleKind) row[0]).put(status, (Long) row[2]);
		}
		for (Object[] row : this.articles.countScheduledByKind(now)) {
			Map<PublicationStatus, Long> kindCounts = counts.get((ArticleKind) row[0]);
			long scheduled = (Long) row[1];
			kindCounts.put(PublicationStatus.SCHEDULED, scheduled);
			kindCounts.merge(PublicationStatus.PUBLISHED, -scheduled, Long::sum);
		}
		return Arrays.stream(ArticleKind.values())
			.map((kind) -> new StatusCounts(kind.messageKey(), "/admin/" + kind.path(), counts.get(kind)))
			.toList();
	}

}

package org.treatyportal.documents;

import java.time.Instant;
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
 * Counts documents by status for the admin dashboard.
 */
@Component
class DocumentStatusCounter implements StatusCounter {

	private final DocumentRepository documents;

	DocumentStatusCounter(DocumentRepository documents) {
		this.documents = documents;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StatusCounts> countByStatus(Instant now) {
		Map<PublicationStatus, Long> counts = new EnumMap<>(PublicationStatus.class);
		for (Object[] row : this.documents.countByState()) {
			counts.put(PublicationStatus.valueOf(((PublicationState) row[0]).name()), (Long) row[1]);
		}
		long scheduled = this.documents.countScheduled(now);
		if (scheduled > 0) {
			counts.put(PublicationStatus.SCHEDULED, scheduled);
			counts.merge(PublicationStatus.PUBLISHED, -scheduled, Long::sum);
		}
		return List.of(new StatusCounts("documents.title", DocumentEditor.ADMIN_PATH, counts));
	}

}

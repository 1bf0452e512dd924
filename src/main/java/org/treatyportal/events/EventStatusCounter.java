package org.treatyportal.events;

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
 * Counts events by status for the admin dashboard.
 */
@Component
class EventStatusCounter implements StatusCounter {

	private final EventRepository events;

	EventStatusCounter(EventRepository events) {
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StatusCounts> countByStatus(Instant now) {
		Map<PublicationStatus, Long> counts = new EnumMap<>(PublicationStatus.class);
		for (Object[] row : this.events.countByState()) {
			counts.put(PublicationStatus.valueOf(((PublicationState) row[0]).name()), (Long) row[1]);
		}
		long scheduled = this.events.countScheduled(now);
		if (scheduled > 0) {
			counts.put(PublicationStatus.SCHEDULED, scheduled);
			counts.merge(PublicationStatus.PUBLISHED, -scheduled, Long::sum);
		}
		return List.of(new StatusCounts("events.title", "/admin/events", counts));
	}

}

package org.treatyportal.caching;

import java.time.Instant;

import org.springframework.stereotype.Component;

import org.treatyportal.search.SearchService;

/**
 * Scheduled publications: every published item, searchable or listed, has its instant of
 * publication in the search's table ({@link SearchService#nextPublication(Instant)}).
 */
@Component
class PublicationSchedule implements ScheduledChanges {

	private final SearchService search;

	PublicationSchedule(SearchService search) {
		this.search = search;
	}

	@Override
	public Instant nextAfter(Instant now) {
		return this.search.nextPublication(now);
	}

}

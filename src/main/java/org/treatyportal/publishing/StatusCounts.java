package org.treatyportal.publishing;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many items of one content type are in each publication status, for the admin
 * dashboard.
 *
 * @param typeKey message key of the content type's name (e.g. {@code kind.news})
 * @param listUrl address of the type's admin list
 * @param counts number of items per status; a missing status means none
 */
public record StatusCounts(String typeKey, String listUrl, Map<PublicationStatus, Long> counts) {

	public StatusCounts {
		counts = new EnumMap<>(counts.isEmpty() ? Map.of(PublicationStatus.DRAFT, 0L) : counts);
	}

	public long count(PublicationStatus status) {
		return this.counts.getOrDefault(status, 0L);
	}

	public long total() {
		return this.counts.values().stream().mapToLong(Long::longValue).sum();
	}

}

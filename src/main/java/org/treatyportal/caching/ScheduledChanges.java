package org.treatyportal.caching;

import java.time.Instant;

/**
 * When public pages change with no write to the database: a scheduled item coming out, an
 * event ending. A feature whose pages depend on such an instant declares a bean; the page
 * cache drops every page at the earliest one.
 */
@FunctionalInterface
public interface ScheduledChanges {

	/**
	 * The first instant after {@code now} at which this feature's pages change by
	 * themselves, or {@code null} when none is coming.
	 * @param now the current instant
	 * @return the next change, or {@code null}
	 */
	Instant nextAfter(Instant now);

}

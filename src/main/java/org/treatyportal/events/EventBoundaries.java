package org.treatyportal.events;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import org.treatyportal.caching.ScheduledChanges;

/**
 * An event moves from the upcoming events to the past ones when it ends, with no write:
 * the page cache must drop the pages that list it at that instant (and at its start, for
 * pages that tell what is on now).
 */
@Component
class EventBoundaries implements ScheduledChanges {

	private static final String SQL = "select min(at) from (select min(starts_at) as at from event"
			+ " where state = 'PUBLISHED' and starts_at > :now union all select min(ends_at) from event"
			+ " where state = 'PUBLISHED' and ends_at > :now) n";

	private final NamedParameterJdbcTemplate jdbc;

	EventBoundaries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Instant nextAfter(Instant now) {
		Timestamp next = this.jdbc.queryForObject(SQL, new MapSqlParameterSource("now", Timestamp.from(now)),
				Timestamp.class);
		return (next != null) ? next.toInstant() : null;
	}

}

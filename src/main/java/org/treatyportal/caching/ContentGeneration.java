package org.treatyportal.caching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.treatyportal.config.PortalProperties;

/**
 * What version of the public content is current: the {@code content_generation} number,
 * which triggers on every table a public page reads move at each commit (migration V70),
 * and the next instant at which pages change with no write (a scheduled item, an event's
 * end, midnight in the site's zone for "today"). Reading it costs one query of one row.
 */
@Component
public class ContentGeneration {

	private final JdbcTemplate jdbc;

	private final List<ScheduledChanges> schedules;

	private final ZoneId zone;

	private volatile Snapshot last;

	ContentGeneration(JdbcTemplate jdbc, List<ScheduledChanges> schedules, PortalProperties properties) {
		this.jdbc = jdbc;
		this.schedules = List.copyOf(schedules);
		this.zone = properties.timeZone();
	}

	/**
	 * The content version current at {@code now}.
	 * @param now the current instant, from the application's {@link Clock}
	 * @return the generation and the instant until which its pages stay as they are
	 * @throws org.springframework.dao.DataAccessException when the database cannot be
	 * reached
	 */
	public Snapshot current(Instant now) {
		Long value = this.jdbc.queryForObject("select value from content_generation", Long.class);
		long generation = (value != null) ? value : 0;
		Snapshot last = this.last;
		if (last != null && last.generation() == generation && !now.isBefore(last.since())
				&& now.isBefore(last.validUntil())) {
			return last;
		}
		Snapshot snapshot = new Snapshot(generation, now, nextChange(now));
		this.last = snapshot;
		return snapshot;
	}

	private Instant nextChange(Instant now) {
		Instant next = LocalDate.ofInstant(now, this.zone).plusDays(1).atStartOfDay(this.zone).toInstant();
		for (ScheduledChanges schedule : this.schedules) {
			Instant change = schedule.nextAfter(now);
			if (change != null && change.isAfter(now) && change.isBefore(next)) {
				next = change;
			}
		}
		return next;
	}

	/**
	 * A content generation and the time during which its pages stay unchanged.
	 *
	 * @param generation the {@code content_generation} number
	 * @param since the instant it was read at
	 * @param validUntil the next instant at which pages change by themselves
	 */
	public record Snapshot(long generation, Instant since, Instant validUntil) {
	}

}

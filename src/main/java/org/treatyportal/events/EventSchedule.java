package org.treatyportal.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When an event takes place: whole days, or a start and an end at local times in the zone
 * where it happens. The local values are what editors entered and what visitors read; the
 * instants are derived from them with the zone's rules for those dates, so that
 * daylight-saving time is always right.
 *
 * @param allDay whether the event takes whole days (no times)
 * @param startDate the first day
 * @param endDate the last day, included
 * @param startTime the local start time; {@code null} for an all-day event
 * @param endTime the local end time; {@code null} for an all-day event
 * @param zone the IANA zone of the place; required for a timed event, optional for an
 * all-day one (the site's zone is then used for "has it ended?")
 */
public record EventSchedule(boolean allDay, LocalDate startDate, LocalDate endDate, LocalTime startTime,
		LocalTime endTime, ZoneId zone) {

	/** The local start, at midnight for an all-day event. */
	public LocalDateTime localStart() {
		return this.allDay ? this.startDate.atStartOfDay() : this.startDate.atTime(this.startTime);
	}

	/**
	 * The local end: the end time, or midnight after the last day for an all-day event.
	 */
	public LocalDateTime localEnd() {
		return this.allDay ? this.endDate.plusDays(1).atStartOfDay() : this.endDate.atTime(this.endTime);
	}

	/**
	 * When the event starts, in its zone (or the given one for an all-day event without a
	 * zone).
	 */
	public ZonedDateTime start(ZoneId fallback) {
		return localStart().atZone(zoneOr(fallback));
	}

	/** When the event ends (exclusive end of the last day for an all-day event). */
	public ZonedDateTime end(ZoneId fallback) {
		return localEnd().atZone(zoneOr(fallback));
	}

	public Instant startInstant(ZoneId fallback) {
		return start(fallback).toInstant();
	}

	public Instant endInstant(ZoneId fallback) {
		return end(fallback).toInstant();
	}

	/** The event's zone, or the given one when it has none. */
	public ZoneId zoneOr(ZoneId fallback) {
		return (this.zone != null) ? this.zone : fallback;
	}

	/** Whether it starts and ends on one day. */
	public boolean oneDay() {
		return this.startDate.equals(this.endDate);
	}

}

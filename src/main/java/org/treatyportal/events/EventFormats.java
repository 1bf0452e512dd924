package org.treatyportal.events;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How event dates and times read on the site, in English like the rest of its text:
 * {@code 1–2 April 2008}, {@code 30 March – 2 April 2008},
 * {@code 1 April 2008, 09:00–18:00}.
 */
final class EventFormats {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzzz", Locale.ENGLISH);

	private EventFormats() {
	}

	/** The days of an event, the shared month and year said once. */
	static String days(LocalDate start, LocalDate end) {
		if (start.equals(end)) {
			return DAY_MONTH_YEAR.format(start);
		}
		if (start.getYear() != end.getYear()) {
			return DAY_MONTH_YEAR.format(start) + " – " + DAY_MONTH_YEAR.format(end);
		}
		if (start.getMonth() != end.getMonth()) {
			return DAY_MONTH.format(start) + " – " + DAY_MONTH_YEAR.format(end);
		}
		return start.getDayOfMonth() + "–" + DAY_MONTH_YEAR.format(end);
	}

	/** When a timed event takes place, in its own zone's local times. */
	static String dayAndTimes(ZonedDateTime start, ZonedDateTime end) {
		if (start.toLocalDate().equals(end.toLocalDate())) {
			return DAY_MONTH_YEAR.format(start) + ", " + TIME.format(start) + "–" + TIME.format(end);
		}
		return DAY_MONTH_YEAR.format(start) + ", " + TIME.format(start) + " – " + DAY_MONTH_YEAR.format(end) + ", "
				+ TIME.format(end);
	}

	/**
	 * The zone of a timed event, named for people and by its IANA name:
	 * {@code Central European Summer Time (Europe/Paris)}; both names when the event
	 * spans a change of time.
	 */
	static String zone(ZonedDateTime start, ZonedDateTime end) {
		String startName = ZONE_NAME.format(start);
		String endName = ZONE_NAME.format(end);
		String names = startName.equals(endName) ? startName : startName + " / " + endName;
		return names + " (" + start.getZone().getId() + ")";
	}

}

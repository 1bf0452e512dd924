package org.treatyportal.events;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.treatyportal.web.LocalDates;

/**
 * How event dates and times read on the site, in the page's language:
 * {@code 1–2 April 2008}, {@code 30 March – 2 April 2008},
 * {@code 1 April 2008, 09:00–18:00}; {@code 1er–2 avril 2008} in French.
 */
final class EventFormats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	private EventFormats() {
	}

	/** The days of an event in English. */
	static String days(LocalDate start, LocalDate end) {
		return days(start, end, Locale.ENGLISH);
	}

	/** The days of an event, the shared month and year said once. */
	static String days(LocalDate start, LocalDate end, Locale locale) {
		if (start.equals(end)) {
			return LocalDates.day(start, locale);
		}
		if (start.getYear() != end.getYear()) {
			return LocalDates.day(start, locale) + " – " + LocalDates.day(end, locale);
		}
		if (start.getMonth() != end.getMonth()) {
			return LocalDates.dayAndMonth(start, locale) + " – " + LocalDates.day(end, locale);
		}
		return LocalDates.dayOfMonth(start, locale) + "–" + LocalDates.day(end, locale);
	}

	/** When a timed event takes place, in English. */
	static String dayAndTimes(ZonedDateTime start, ZonedDateTime end) {
		return dayAndTimes(start, end, Locale.ENGLISH);
	}

	/** When a timed event takes place, in its own zone's local times. */
	static String dayAndTimes(ZonedDateTime start, ZonedDateTime end, Locale locale) {
		if (start.toLocalDate().equals(end.toLocalDate())) {
			return LocalDates.day(start, locale) + ", " + TIME.format(start) + "–" + TIME.format(end);
		}
		return LocalDates.day(start, locale) + ", " + TIME.format(start) + " – " + LocalDates.day(end, locale) + ", "
				+ TIME.format(end);
	}

	/** The zone of a timed event in English. */
	static String zone(ZonedDateTime start, ZonedDateTime end) {
		return zone(start, end, Locale.ENGLISH);
	}

	/**
	 * The zone of a timed event, named for people and by its IANA name:
	 * {@code Central European Summer Time (Europe/Paris)}; both names when the event
	 * spans a change of time.
	 */
	static String zone(ZonedDateTime start, ZonedDateTime end, Locale locale) {
		DateTimeFormatter names = DateTimeFormatter.ofPattern("zzzz", locale);
		String startName = names.format(start);
		String endName = names.format(end);
		String both = startName.equals(endName) ? startName : startName + " / " + endName;
		return both + " (" + start.getZone().getId() + ")";
	}

}

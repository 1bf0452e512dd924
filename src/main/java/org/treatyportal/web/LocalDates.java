package org.treatyportal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as each language writes them: "1 April 2008" in English, "1er avril 2008" in
 * French, where the first day of a month is an ordinal. Templates reach it as
 * {@code @dates}, in the current request's language; Java code calls the static methods
 * with a locale.
 */
@Component("dates")
public class LocalDates {

	/** How each language writes the first day of a month, where not as a plain "1". */
	private static final Map<String, String> FIRST_DAY = Map.of("fr", "1er");

	private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

	/** A day in the current language: "1er avril 2008". */
	public String day(TemporalAccessor date) {
		return day(date, LocaleContextHolder.getLocale());
	}

	/** A date to its precision in the current language: a day, or "avril 2008". */
	public String format(LocalDate date, DatePrecision precision) {
		return (precision == DatePrecision.MONTH) ? month(date, LocaleContextHolder.getLocale())
				: day(date, LocaleContextHolder.getLocale());
	}

	/** A day of a month, without the year, in the current language: "1er avril". */
	public String dayAndMonth(TemporalAccessor date) {
		return dayAndMonth(date, LocaleContextHolder.getLocale());
	}

	/**
	 * An instant as {@code <time datetime>} takes it: ISO 8601 with at most milliseconds
	 * (HTML allows no more than three digits of a second, and PostgreSQL keeps
	 * microseconds), with the offset of a zoned value; dates as they are.
	 */
	public String datetime(Temporal value) {
		if (value instanceof Instant instant) {
			return instant.truncatedTo(ChronoUnit.MILLIS).toString();
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toOffsetDateTime().truncatedTo(ChronoUnit.MILLIS).toString();
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.truncatedTo(ChronoUnit.MILLIS).toString();
		}
		return (value != null) ? value.toString() : "";
	}

	/** A day and a time in the current language: "3 December 2026, 23:38". */
	public String dayAndTime(TemporalAccessor dateTime) {
		return dayAndTime(dateTime, LocaleContextHolder.getLocale());
	}

	/** A day and a time in a language: "3 décembre 2026, 23:38". */
	public static String dayAndTime(TemporalAccessor dateTime, Locale locale) {
		return (dateTime != null) ? day(dateTime, locale) + ", " + formatter("HH:mm", locale).format(dateTime) : "";
	}

	/** A day in a language: "1 April 2008", "1er avril 2008". */
	public static String day(TemporalAccessor date, Locale locale) {
		return (date != null) ? firstDay(formatter("d MMMM yyyy", locale).format(date), date, locale) : "";
	}

	/** A day of a month without the year: "1 April", "1er avril". */
	public static String dayAndMonth(TemporalAccessor date, Locale locale) {
		return (date != null) ? firstDay(formatter("d MMMM", locale).format(date), date, locale) : "";
	}

	/** A month: "April 2008", "avril 2008". */
	public static String month(TemporalAccessor date, Locale locale) {
		return (date != null) ? formatter("MMMM yyyy", locale).format(date) : "";
	}

	/** The day of the month alone: "1", or "1er" in French. */
	public static String dayOfMonth(TemporalAccessor date, Locale locale) {
		return firstDay(Integer.toString(date.get(ChronoField.DAY_OF_MONTH)), date, locale);
	}

	private static String firstDay(String text, TemporalAccessor date, Locale locale) {
		String first = FIRST_DAY.get(locale.getLanguage());
		if (first != null && date.get(ChronoField.DAY_OF_MONTH) == 1 && text.startsWith("1")) {
			return first + text.substring(1);
		}
		return text;
	}

	private static DateTimeFormatter formatter(String pattern, Locale locale) {
		return FORMATTERS.computeIfAbsent(pattern + "|" + locale.toLanguageTag(),
				(key) -> DateTimeFormatter.ofPattern(pattern, locale));
	}

}

package org.treatyportal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as each language writes them: "1 April 2008" in English, "1er avril 2008" in
 * French, where the first day of a month is an ordinal. Templates reach it as
 * {@code @dates}, in the current request's language; Java code calls the static methods
 * with a locale.
 * <p>
 * Date fields are text, not the browser's date picker, whose format follows the browser's
 * locale rather than the page's language: a field shows a date as the page's language
 * types it ({@link #input}: "23 Nov 2001", "23/11/2001") and {@link #parse} reads that,
 * the way the page's language writes a date in full ("23 November 2001", "1er novembre
 * 2001"), and ISO 8601 ("2001-11-23", as addresses carry dates).
 */
@Component("dates")
public class LocalDates {

	/** How each language writes the first day of a month, where not as a plain "1". */
	private static final Map<String, String> FIRST_DAY = Map.of("fr", "1er");

	private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

	/** The time at the end of a day and time typed: "09:30", "9:30", "9h30". */
	private static final Pattern TIME = Pattern.compile(",? ([01]?\\d|2[0-3])[:h]([0-5]\\d)$");

	/** How each language types a date in a field, where not as English does. */
	private static final Map<String, String> INPUT = Map.of("fr", "dd/MM/uuuu");

	private static final String ENGLISH_INPUT = "d MMM uuuu";

	/** What else a date field reads, besides its own pattern and ISO 8601. */
	private static final List<String> ALSO_READ = List.of("d MMMM uuuu", "d MMM uuuu", "d/M/uuuu");

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

	/**
	 * A day as a date field of the current language shows it: "1 Apr 2008", "01/04/2008".
	 */
	public String input(TemporalAccessor date) {
		return input(date, LocaleContextHolder.getLocale());
	}

	/** A day as a date field of a language shows it: "1 Apr 2008", "01/04/2008". */
	public static String input(TemporalAccessor date, Locale locale) {
		return (date != null) ? formatter(inputPattern(locale), locale).format(date) : "";
	}

	/**
	 * Reads a date typed in a field of a language: as {@link #input} writes it, written
	 * in full ("1er avril 2008"), or ISO 8601; in French also with slashes ("1/4/2008"),
	 * which English does not read, as English-speaking visitors may put the month first.
	 * @param text what was typed
	 * @param locale the page's language
	 * @return the date, or {@code null} for a blank field
	 * @throws DateTimeParseException if the text is not a date of that language
	 */
	public static LocalDate parse(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String typed = text.strip().replaceAll("\\s+", " ");
		String first = FIRST_DAY.get(locale.getLanguage());
		if (first != null && typed.startsWith(first + " ")) {
			typed = "1" + typed.substring(first.length());
		}
		if (typed.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return LocalDate.parse(typed);
		}
		for (String pattern : readPatterns(locale)) {
			try {
				return LocalDate.parse(typed, reader(pattern, locale));
			}
			catch (DateTimeParseException ex) {
				// the next pattern may read it
			}
		}
		throw new DateTimeParseException("Not a date in " + locale.getLanguage(), text, 0);
	}

	/**
	 * A day and a time as a field of a language shows them: "1 Apr 2008 09:30",
	 * "01/04/2008 09:30".
	 */
	public static String input(LocalDateTime dateTime, Locale locale) {
		return (dateTime != null)
				? input(dateTime.toLocalDate(), locale) + " " + formatter("HH:mm", locale).format(dateTime) : "";
	}

	/**
	 * Reads a day and a time typed in a field of a language: the day as {@link #parse}
	 * reads it, then the time ("09:30", or "9h30" as French writes it); or ISO 8601
	 * ({@code 2008-04-01T09:30}), as links and older browsers send it.
	 * @param text what was typed
	 * @param locale the page's language
	 * @return the day and time, or {@code null} for a blank field
	 * @throws DateTimeParseException if the text is not a day and a time of that language
	 */
	public static LocalDateTime parseDateTime(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String typed = text.strip().replaceAll("\\s+", " ");
		if (typed.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?")) {
			return LocalDateTime.parse(typed);
		}
		Matcher time = TIME.matcher(typed);
		if (!time.find()) {
			throw new DateTimeParseException("No time in " + text, text, 0);
		}
		LocalDate day = parse(typed.substring(0, time.start()).replaceAll("[ ,]+$", ""), locale);
		if (day == null) {
			throw new DateTimeParseException("No day in " + text, text, 0);
		}
		return day.atTime(LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2))));
	}

	private static List<String> readPatterns(Locale locale) {
		boolean slashes = INPUT.containsKey(locale.getLanguage());
		return ALSO_READ.stream().filter((pattern) -> slashes || !pattern.contains("/")).toList();
	}

	private static String inputPattern(Locale locale) {
		return INPUT.getOrDefault(locale.getLanguage(), ENGLISH_INPUT);
	}

	private static DateTimeFormatter reader(String pattern, Locale locale) {
		return FORMATTERS.computeIfAbsent("read|" + pattern + "|" + locale.toLanguageTag(),
				(key) -> new DateTimeFormatterBuilder().parseCaseInsensitive()
					.appendPattern(pattern)
					.toFormatter(locale)
					.withResolverStyle(ResolverStyle.STRICT));
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

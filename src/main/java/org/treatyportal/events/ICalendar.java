package org.treatyportal.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Writes events as an iCalendar object (RFC 5545): CRLF line ends, lines folded at 75
 * octets without splitting a character, TEXT values escaped, timed events with their
 * {@code TZID} and a {@code VTIMEZONE} for each zone, all-day events as dates.
 * <p>
 * A {@code VTIMEZONE} lists, from the JDK's time zone rules, the transition in force at
 * each event's start and every transition during the event, each as a one-time
 * observance: enough for any reader to turn the local times into the right instants
 * across daylight-saving changes, however far apart the events are.
 */
final class ICalendar {

	/** The longest line, in octets, without its CRLF (RFC 5545, 3.1). */
	static final int MAX_LINE_OCTETS = 75;

	private static final String CRLF = "\r\n";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final DateTimeFormatter ZONE_ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

	private final StringBuilder out = new StringBuilder();

	private ICalendar() {
	}

	/**
	 * The calendar of the given events.
	 * @param productId the {@code PRODID}, e.g.
	 * {@code -//Council of Europe//Cybercrime//EN}
	 * @param name the calendar's name for clients that show one, or {@code null}
	 * @param entries the events
	 */
	static String write(String productId, String name, List<Entry> entries) {
		ICalendar calendar = new ICalendar();
		calendar.line("BEGIN:VCALENDAR");
		calendar.line("VERSION:2.0");
		calendar.line("PRODID:" + text(productId));
		calendar.line("CALSCALE:GREGORIAN");
		if (name != null) {
			calendar.line("X-WR-CALNAME:" + text(name));
		}
		for (Map.Entry<ZoneId, List<Entry>> zone : byZone(entries).entrySet()) {
			calendar.timeZone(zone.getKey(), zone.getValue());
		}
		for (Entry entry : entries) {
			calendar.event(entry);
		}
		calendar.line("END:VCALENDAR");
		return calendar.out.toString();
	}

	private static Map<ZoneId, List<Entry>> byZone(List<Entry> entries) {
		Map<ZoneId, List<Entry>> zones = new LinkedHashMap<>();
		for (Entry entry : entries) {
			if (!entry.schedule().allDay()) {
				zones.computeIfAbsent(entry.schedule().zone(), (zone) -> new ArrayList<>()).add(entry);
			}
		}
		return zones;
	}

	private void event(Entry entry) {
		EventSchedule schedule = entry.schedule();
		line("BEGIN:VEVENT");
		line("UID:" + text(entry.uid()));
		line("DTSTAMP:" + UTC.format(entry.lastModified()));
		if (schedule.allDay()) {
			line("DTSTART;VALUE=DATE:" + DATE.format(schedule.startDate()));
			// DTEND of a date is exclusive: the day after the last one.
			line("DTEND;VALUE=DATE:" + DATE.format(schedule.endDate().plusDays(1)));
		}
		else {
			String tzid = ";TZID=" + parameter(schedule.zone().getId());
			line("DTSTART" + tzid + ":" + LOCAL.format(schedule.localStart()));
			line("DTEND" + tzid + ":" + LOCAL.format(schedule.localEnd()));
		}
		line("SUMMARY:" + text(entry.title()));
		if (!entry.description().isBlank()) {
			line("DESCRIPTION:" + text(entry.description()));
		}
		if (!entry.location().isBlank()) {
			line("LOCATION:" + text(entry.location()));
		}
		line("URL:" + entry.url().replaceAll("[\\r\\n]", ""));
		line("CREATED:" + UTC.format(entry.created()));
		line("LAST-MODIFIED:" + UTC.format(entry.lastModified()));
		line("END:VEVENT");
	}

	private void timeZone(ZoneId zone, List<Entry> entries) {
		ZoneRules rules = zone.getRules();
		NavigableMap<Instant, ZoneOffsetTransition> transitions = new TreeMap<>();
		Instant first = null;
		for (Entry entry : entries) {
			Instant start = entry.schedule().startInstant(zone);
			Instant end = entry.schedule().endInstant(zone);
			first = (first == null || start.isBefore(first)) ? start : first;
			// previousTransition is strictly before: a second later takes one at the
			// start itself.
			ZoneOffsetTransition inForce = rules.previousTransition(start.plusSeconds(1));
			if (inForce != null) {
				transitions.put(inForce.getInstant(), inForce);
			}
			for (ZoneOffsetTransition next = rules.nextTransition(start); next != null
					&& !next.getInstant().isAfter(end); next = rules.nextTransition(next.getInstant())) {
				transitions.put(next.getInstant(), next);
			}
		}
		line("BEGIN:VTIMEZONE");
		line("TZID:" + text(zone.getId()));
		if (transitions.isEmpty() || transitions.firstKey().isAfter(first)) {
			// No change before the first event (a zone that never changed): one fixed
			// offset.
			ZoneOffset offset = rules.getOffset(first);
			observance("STANDARD", LocalDateTime.of(1601, 1, 1, 0, 0), offset, offset, abbreviation(zone, first));
		}
		for (ZoneOffsetTransition transition : transitions.values()) {
			boolean daylight = rules.isDaylightSavings(transition.getInstant());
			observance(daylight ? "DAYLIGHT" : "STANDARD", transition.getDateTimeBefore(), transition.getOffsetBefore(),
					transition.getOffsetAfter(), abbreviation(zone, transition.getInstant()));
		}
		line("END:VTIMEZONE");
	}

	private void observance(String kind, LocalDateTime onset, ZoneOffset from, ZoneOffset to, String name) {
		line("BEGIN:" + kind);
		line("DTSTART:" + LOCAL.format(onset));
		line("TZOFFSETFROM:" + offset(from));
		line("TZOFFSETTO:" + offset(to));
		line("TZNAME:" + text(name));
		line("END:" + kind);
	}

	private static String abbreviation(ZoneId zone, Instant at) {
		return ZONE_ABBREVIATION.format(ZonedDateTime.ofInstant(at, zone));
	}

	/**
	 * A UTC offset as RFC 5545 writes it: {@code +0100}, {@code -0430}, {@code +000921}.
	 */
	static String offset(ZoneOffset offset) {
		int total = offset.getTotalSeconds();
		int absolute = Math.abs(total);
		String text = String.format(Locale.ROOT, "%s%02d%02d", (total < 0) ? "-" : "+", absolute / 3600,
				(absolute / 60) % 60);
		return (absolute % 60 != 0) ? text + String.format(Locale.ROOT, "%02d", absolute % 60) : text;
	}

	/**
	 * A TEXT value: backslash, semicolon, comma and line breaks escaped, other controls
	 * dropped.
	 */
	static String text(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 16);
		String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				default -> {
					if (c == '\t' || !Character.isISOControl(c)) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/** A parameter value, quoted when it holds a character that would end it. */
	private static String parameter(String value) {
		String clean = value.replaceAll("[\\p{Cntrl}\"]", "");
		return clean.matches(".*[;:,].*") ? "\"" + clean + "\"" : clean;
	}

	/**
	 * Writes a content line, folded: no line longer than 75 octets, no character split.
	 */
	private void line(String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int width = utf8Length(codePoint);
			if (octets + width > MAX_LINE_OCTETS) {
				this.out.append(CRLF).append(' ');
				octets = 1;
			}
			this.out.appendCodePoint(codePoint);
			octets += width;
			i += Character.charCount(codePoint);
		}
		this.out.append(CRLF);
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

	/**
	 * One event of a calendar.
	 *
	 * @param uid the event's unique and stable identifier
	 * @param title the summary
	 * @param description plain text, may be empty
	 * @param location plain text, may be empty
	 * @param url the event's page, absolute
	 * @param schedule when it takes place; a timed event has its zone
	 * @param created when it was created
	 * @param lastModified when it was last changed, also the {@code DTSTAMP}
	 */
	record Entry(String uid, String title, String description, String location, String url, EventSchedule schedule,
			Instant created, Instant lastModified) {
	}

}

package org.treatyportal.events;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar writer, read back by a real iCalendar library (ical4j): the format (CRLF,
 * 75-octet folding, escaping) and times that stay right across daylight-saving changes,
 * whatever the reader's own time zone data.
 */
class ICalendarTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Instant STAMP = Instant.parse("2026-01-05T10:00:00Z");

	@Test
	void timedEventsOnEitherSideOfTheSpringChangeKeepTheirLocalTimeAndTheRightInstant() throws Exception {
		// Paris moves from UTC+1 to UTC+2 at 02:00 on 29 March 2026.
		String ics = ICalendar.write("-//Test//EN", null,
				List.of(entry("before", timed("2026-03-27T09:00", "2026-03-27T17:00", PARIS)),
						entry("after", timed("2026-03-30T09:00", "2026-03-30T17:00", PARIS))));

		Calendar calendar = parse(ics);
		VTimeZone zone = timeZone(calendar, "Europe/Paris");

		VEvent before = event(calendar, "before");
		assertThat(before.<DtStart<?>>getRequiredProperty(Property.DTSTART).getValue()).isEqualTo("20260327T090000");
		assertThat(before.getRequiredProperty(Property.DTSTART).getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("Europe/Paris");
		assertThat(instant(zone, "2026-03-27T09:00")).isEqualTo(Instant.parse("2026-03-27T08:00:00Z"));
		assertThat(instantOf(before, Property.DTSTART)).isEqualTo(Instant.parse("2026-03-27T08:00:00Z"));

		VEvent after = event(calendar, "after");
		assertThat(after.getRequiredProperty(Property.DTSTART).getValue()).isEqualTo("20260330T090000");
		assertThat(instant(zone, "2026-03-30T09:00")).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
		assertThat(instantOf(after, Property.DTSTART)).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
		assertThat(instantOf(after, Property.DTEND)).isEqualTo(Instant.parse("2026-03-30T15:00:00Z"));
	}

	@Test
	void anEventSpanningTheAutumnChangeEndsAtTheRightInstant() throws Exception {
		// Paris moves back from UTC+2 to UTC+1 at 03:00 on 25 October 2026.
		String ics = ICalendar.write("-//Test//EN", null,
				List.of(entry("night", timed("2026-10-24T20:00", "2026-10-25T08:00", PARIS))));

		Calendar calendar = parse(ics);
		VTimeZone zone = timeZone(calendar, "Europe/Paris");

		assertThat(instant(zone, "2026-10-24T20:00")).isEqualTo(Instant.parse("2026-10-24T18:00:00Z"));
		assertThat(instant(zone, "2026-10-25T08:00")).isEqualTo(Instant.parse("2026-10-25T07:00:00Z"));
		assertThat(instantOf(event(calendar, "night"), Property.DTEND))
			.isEqualTo(Instant.parse("2026-10-25T07:00:00Z"));
		assertThat(zone.getObservances()).extracting(Component::getName).contains("DAYLIGHT", "STANDARD");
	}

	@Test
	void eventsYearsApartInSeveralZonesShareOneTimeZoneEachAndAllStayRight() throws Exception {
		ZoneId newYork = ZoneId.of("America/New_York");
		ZoneId sydney = ZoneId.of("Australia/Sydney");
		String ics = ICalendar.write("-//Test//EN", "All",
				List.of(entry("paris-2008", timed("2008-04-01T09:00", "2008-04-02T18:00", PARIS)),
						entry("paris-2009", timed("2009-03-10T09:00", "2009-03-11T18:00", PARIS)),
						entry("new-york", timed("2007-11-19T09:00", "2007-11-19T17:00", newYork)),
						entry("sydney", timed("2027-01-15T10:00", "2027-01-15T12:00", sydney))));

		Calendar calendar = parse(ics);

		assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(3);
		assertThat(instant(timeZone(calendar, "Europe/Paris"), "2008-04-01T09:00"))
			.isEqualTo(Instant.parse("2008-04-01T07:00:00Z"));
		assertThat(instant(timeZone(calendar, "Europe/Paris"), "2009-03-10T09:00"))
			.isEqualTo(Instant.parse("2009-03-10T08:00:00Z"));
		assertThat(instant(timeZone(calendar, "America/New_York"), "2007-11-19T09:00"))
			.isEqualTo(Instant.parse("2007-11-19T14:00:00Z"));
		assertThat(instant(timeZone(calendar, "Australia/Sydney"), "2027-01-15T10:00"))
			.isEqualTo(Instant.parse("2027-01-14T23:00:00Z"));
		assertThat(ics).contains("X-WR-CALNAME:All\r\n");
	}

	@Test
	void zoneWithoutChangesGetsOneFixedObservance() throws Exception {
		String ics = ICalendar.write("-//Test//EN", null,
				List.of(entry("tokyo", timed("2008-05-26T09:30", "2008-05-26T17:30", ZoneId.of("Asia/Tokyo")))));

		VTimeZone zone = timeZone(parse(ics), "Asia/Tokyo");

		assertThat(instant(zone, "2008-05-26T09:30")).isEqualTo(Instant.parse("2008-05-26T00:30:00Z"));
	}

	@Test
	void allDayEventsAreDatesWithTheDayAfterTheLastAsEnd() throws Exception {
		EventSchedule days = new EventSchedule(true, LocalDate.of(2008, 10, 27), LocalDate.of(2008, 10, 28), null, null,
				ZoneId.of("Asia/Colombo"));
		String ics = ICalendar.write("-//Test//EN", null, List.of(entry("colombo", days)));

		Calendar calendar = parse(ics);
		VEvent event = event(calendar, "colombo");

		assertThat(ics).contains("DTSTART;VALUE=DATE:20081027\r\n", "DTEND;VALUE=DATE:20081029\r\n");
		assertThat((Temporal) event.<DtStart<?>>getRequiredProperty(Property.DTSTART).getDate())
			.isEqualTo(LocalDate.of(2008, 10, 27));
		assertThat(calendar.getComponents(Component.VTIMEZONE)).isEmpty();
	}

	@Test
	void textIsEscapedLinesAreFoldedAtSeventyFiveOctetsAndEndWithCrlf() throws Exception {
		String title = "Conférence; « coopération », Tōkyō 東京 \\ first line\nsecond line – "
				+ "a title long enough to be folded more than once, with accents é à ü on the way";
		String ics = ICalendar.write("-//Test//EN", null,
				List.of(new ICalendar.Entry("long", title, "Line one\r\nLine two, with a comma; and a semicolon",
						"Palais de l'Europe, Strasbourg", "https://example.org/events/long",
						timed("2026-06-01T09:00", "2026-06-01T10:00", PARIS), STAMP, STAMP)));

		assertThat(ics).endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(ics.replace("\r\n ", ""))
			.contains("SUMMARY:Conférence\\; « coopération »\\, Tōkyō 東京 \\\\ first line\\nsecond");
		VEvent event = event(parse(ics), "long");
		assertThat(event.getRequiredProperty(Property.SUMMARY).getValue()).isEqualTo(title);
		assertThat(event.getRequiredProperty(Property.DESCRIPTION).getValue())
			.isEqualTo("Line one\nLine two, with a comma; and a semicolon");
		assertThat(event.getRequiredProperty(Property.LOCATION).getValue()).isEqualTo("Palais de l'Europe, Strasbourg");
		assertThat(event.getRequiredProperty(Property.DTSTAMP).getValue()).isEqualTo("20260105T100000Z");
	}

	@Test
	void foldingNeverSplitsACharacter() {
		String title = "日本".repeat(60);
		String ics = ICalendar.write("-//Test//EN", null, List.of(new ICalendar.Entry("cjk", title, "", "",
				"https://example.org/e", timed("2026-06-01T09:00", "2026-06-01T10:00", PARIS), STAMP, STAMP)));

		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:" + title + "\r\n");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line);
		}
	}

	@Test
	void calendarIsValidForTheLibrary() throws Exception {
		String ics = ICalendar.write("-//Test//EN", "Events", List
			.of(entry("one", timed("2026-03-27T09:00", "2026-03-27T17:00", PARIS)), entry("two",
					new EventSchedule(true, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), null, null, null))));

		assertThat(parse(ics).validate().hasErrors()).isFalse();
	}

	@Test
	void offsetsAreWrittenWithSecondsOnlyWhenThereAreAny() {
		assertThat(ICalendar.offset(ZoneOffset.ofHours(1))).isEqualTo("+0100");
		assertThat(ICalendar.offset(ZoneOffset.ofHoursMinutes(-4, -30))).isEqualTo("-0430");
		assertThat(ICalendar.offset(ZoneOffset.ofHoursMinutesSeconds(0, 9, 21))).isEqualTo("+000921");
	}

	private static ICalendar.Entry entry(String uid, EventSchedule schedule) {
		return new ICalendar.Entry(uid, "Event " + uid, "About " + uid, "Strasbourg, France",
				"https://example.org/events/" + uid, schedule, STAMP, STAMP);
	}

	private static EventSchedule timed(String start, String end, ZoneId zone) {
		LocalDateTime from = LocalDateTime.parse(start);
		LocalDateTime until = LocalDateTime.parse(end);
		return new EventSchedule(false, from.toLocalDate(), until.toLocalDate(), from.toLocalTime(),
				until.toLocalTime(), zone);
	}

	private static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static VEvent event(Calendar calendar, String uid) {
		return calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.filter((event) -> event.getRequiredProperty(Property.UID).getValue().equals(uid))
			.findFirst()
			.orElseThrow();
	}

	private static VTimeZone timeZone(Calendar calendar, String id) {
		return calendar.<VTimeZone>getComponents(Component.VTIMEZONE)
			.stream()
			.filter((zone) -> zone.getRequiredProperty(Property.TZID).getValue().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The instant of a local time by the calendar's own VTIMEZONE, not the reader's zone
	 * data: the observance in force, found from the time read as UTC, then again from the
	 * offset that gives (the times tested are hours away from any change).
	 */
	private static Instant instant(VTimeZone zone, String local) {
		LocalDateTime time = LocalDateTime.parse(local);
		ZoneOffset offset = ZoneOffset.UTC;
		for (int pass = 0; pass < 2; pass++) {
			Observance observance = zone.getApplicableObservance(time.atOffset(offset));
			offset = observance.<TzOffsetTo>getRequiredProperty(Property.TZOFFSETTO).getOffset();
		}
		return time.toInstant(offset);
	}

	private static Instant instantOf(VEvent event, String property) {
		Temporal date = event.<DateProperty<?>>getRequiredProperty(property).getDate();
		return Instant.from(date);
	}

}

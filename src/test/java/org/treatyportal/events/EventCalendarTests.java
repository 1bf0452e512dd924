package org.treatyportal.events;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendars a visitor adds to their calendar application: one event's and all
 * events', served as {@code text/calendar}, parsed here by ical4j, with the right
 * instants on both sides of a daylight-saving change, and 304 when unchanged.
 */
@PortalIntegrationTest
class EventCalendarTests {

	private static final Instant NOW = Instant.parse("2031-01-10T10:00:00Z");

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private EventRepository repository;

	@Autowired
	private TransactionTemplate transaction;

	private TestEvents events;

	@BeforeEach
	void fixTheClock() {
		this.clock.setInstant(NOW);
		this.events = new TestEvents(this.repository, this.transaction);
	}

	@Test
	void oneEventsCalendarHasItsLocalTimesAndZone() throws Exception {
		// Paris moves to summer time on 30 March 2031.
		Event before = this.events.timed("Before the change 6601", "2031-03-28T09:00", "2031-03-28T17:30", PARIS)
			.in("Strasbourg", "FR")
			.publishedAt(NOW)
			.save();
		Event after = this.events.timed("After the change 6601", "2031-03-31T09:00", "2031-03-31T17:30", PARIS)
			.in("Strasbourg", "FR")
			.publishedAt(NOW)
			.save();

		MvcResult result = this.mvc.perform(get("/events/" + before.getSlug() + ".ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andReturn();
		String ics = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(ContentDisposition.parse(result.getResponse().getHeader("Content-Disposition")).getFilename())
			.isEqualTo(before.getSlug() + ".ics");
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n");
		VEvent event = single(parse(ics));
		assertThat(event.getRequiredProperty(Property.UID).getValue())
			.isEqualTo("event-" + before.getId() + "@cybercrime.treaty-portal");
		assertThat(event.getRequiredProperty(Property.SUMMARY).getValue()).isEqualTo("Before the change 6601");
		assertThat(event.getRequiredProperty(Property.LOCATION).getValue()).isEqualTo("Strasbourg, France");
		assertThat(event.getRequiredProperty(Property.URL).getValue()).endsWith("/events/" + before.getSlug());
		assertThat(event.getRequiredProperty(Property.DTSTART).getValue()).isEqualTo("20310328T090000");
		assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2031-03-28T08:00:00Z"));

		String afterIcs = this.mvc.perform(get("/events/" + after.getSlug() + ".ics"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		VEvent summer = single(parse(afterIcs));
		assertThat(summer.getRequiredProperty(Property.DTSTART).getValue()).isEqualTo("20310331T090000");
		assertThat(instant(summer, Property.DTSTART)).isEqualTo(Instant.parse("2031-03-31T07:00:00Z"));
		assertThat(instant(summer, Property.DTEND)).isEqualTo(Instant.parse("2031-03-31T15:30:00Z"));
	}

	@Test
	void calendarLinksComeFromTheBaseUrlNeverFromTheHostHeader() throws Exception {
		Event event = this.events.allDay("Host header 6609", "2031-05-13", "2031-05-15").publishedAt(NOW).save();
		RequestPostProcessor evilHost = (request) -> {
			request.setServerName("evil.example");
			request.addHeader("Host", "evil.example");
			return request;
		};

		for (String path : new String[] { "/events.ics", "/events/" + event.getSlug() + ".ics" }) {
			String ics = this.mvc.perform(get(path).with(evilHost))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

			assertThat(ics.replace("\r\n ", "")).as(path)
				.contains("URL:http://localhost:8080/events/" + event.getSlug())
				.doesNotContain("evil.example");
		}
	}

	@Test
	void calendarOfAllEventsHoldsEveryVisibleEventAndNothingElse() throws Exception {
		Event timed = this.events.timed("In the feed 6602", "2031-04-01T09:00", "2031-04-02T18:00", PARIS)
			.publishedAt(NOW)
			.save();
		Event allDay = this.events.allDay("All day in the feed 6602", "2031-05-13", "2031-05-15")
			.in("Port of Spain", "TT")
			.publishedAt(NOW)
			.save();
		this.events.allDay("Draft not in the feed 6602", "2031-05-13", "2031-05-15").save();
		this.events.allDay("Scheduled not in the feed 6602", "2031-05-13", "2031-05-15")
			.publishedAt(NOW.plusSeconds(60))
			.save();

		String ics = this.mvc.perform(get("/events.ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		Calendar calendar = parse(ics);
		List<String> titles = calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.map((event) -> event.getRequiredProperty(Property.SUMMARY).getValue())
			.toList();
		assertThat(titles).contains("In the feed 6602", "All day in the feed 6602")
			.doesNotContain("Draft not in the feed 6602", "Scheduled not in the feed 6602");
		VEvent days = calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.filter((event) -> event.getRequiredProperty(Property.UID)
				.getValue()
				.startsWith("event-" + allDay.getId() + "@"))
			.findFirst()
			.orElseThrow();
		assertThat(days.getRequiredProperty(Property.DTSTART).getValue()).isEqualTo("20310513");
		assertThat(days.getRequiredProperty(Property.DTEND).getValue()).isEqualTo("20310516");
		assertThat(ics).contains("X-WR-CALNAME:Events · Cybercrime\r\n");
		assertThat(calendar.validate().hasErrors()).isFalse();
		assertThat(timed.getId()).isNotNull();
	}

	@Test
	void unchangedCalendarAnswersNotModified() throws Exception {
		Event event = this.events.allDay("Polled 6603", "2031-06-01", "2031-06-01").publishedAt(NOW).save();
		String etag = this.mvc.perform(get("/events/" + event.getSlug() + ".ics"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");

		assertThat(etag).isNotBlank();
		this.mvc.perform(get("/events/" + event.getSlug() + ".ics").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/events/" + event.getSlug() + ".ics").header("If-None-Match", "\"other\""))
			.andExpect(status().isOk());
	}

	private static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static VEvent single(Calendar calendar) {
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private static Instant instant(VEvent event, String property) {
		Temporal date = event.<DateProperty<?>>getRequiredProperty(property).getDate();
		return Instant.from(date);
	}

}

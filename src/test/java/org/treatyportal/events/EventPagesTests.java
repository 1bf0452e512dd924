package org.treatyportal.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.documents.TestPdfs;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * What visitors find of events: upcoming ones first, soonest first, then past ones a year
 * at a time, each with its dates, city and country; the home page's block; and the
 * answers to addresses that mean nothing.
 */
@PortalIntegrationTest
class EventPagesTests {

	/** Far from the other tests' events, so that the lists hold only these. */
	private static final Instant NOW = Instant.parse("2061-05-10T10:00:00Z");

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
	void upcomingEventsComeFirstSoonestFirstThenPastOnesByYear() throws Exception {
		Instant announced = Instant.parse("2059-01-01T00:00:00Z");
		this.events.allDay("Later workshop 5501", "2061-09-01", "2061-09-02")
			.in("Bolu", "TR")
			.publishedAt(announced)
			.save();
		this.events.timed("Sooner conference 5501", "2061-06-01T09:00", "2061-06-02T18:00", PARIS)
			.in("Strasbourg", "FR")
			.publishedAt(announced)
			.save();
		this.events.allDay("Under way 5501", "2061-05-09", "2061-05-11")
			.in("Colombo", "LK")
			.publishedAt(announced)
			.save();
		this.events.allDay("Past spring 5501", "2061-03-03", "2061-03-04")
			.in("Cairo", "EG")
			.publishedAt(announced)
			.save();
		this.events.allDay("Last year 5501", "2060-11-26", "2060-11-27")
			.in("Cairo", "EG")
			.publishedAt(announced)
			.save();
		this.events.allDay("Draft 5501", "2061-07-01", "2061-07-01").save();
		this.events.allDay("Not yet announced 5501", "2061-08-01", "2061-08-01")
			.publishedAt(Instant.parse("2061-06-01T00:00:00Z"))
			.save();

		this.mvc.perform(get("/events")).andExpect(status().isOk()).andExpect(page((html) -> {
			List<String> upcoming = html.select("#events-upcoming + ul .article-card__title").eachText();
			assertThat(upcoming).containsSubsequence("Under way 5501", "Sooner conference 5501", "Later workshop 5501");
			assertThat(upcoming).doesNotContain("Draft 5501", "Not yet announced 5501", "Past spring 5501");
			assertThat(html.select("#events-past").text()).isEqualTo("Past events in 2061");
			assertThat(html.select(".events-past .article-card__title").eachText()).containsExactly("Past spring 5501");
			assertThat(html.select(".events-past .article-card__meta").text())
				.isEqualTo("3–4 March 2061 · Cairo, Egypt");
			assertThat(html.select(".events-past a[rel=next]").attr("href")).isEqualTo("/events?year=2060");
			assertThat(html.select("#events-upcoming + ul .article-card__meta").eachText())
				.contains("1–2 June 2061 · Strasbourg, France");
		}));
		this.mvc.perform(get("/events").param("year", "2060")).andExpect(page((html) -> {
			assertThat(html.select(".events-past .article-card__title").eachText()).containsExactly("Last year 5501");
			assertThat(html.select(".filter-list a[aria-current]").text()).isEqualTo("2060");
		}));
	}

	@Test
	void homePageShowsTheNextEvents() throws Exception {
		this.events.timed("Next on the home page 5502", "2061-05-20T09:00", "2061-05-20T12:00", PARIS)
			.in("Strasbourg", "FR")
			.publishedAt(Instant.parse("2060-01-01T00:00:00Z"))
			.save();

		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("#home-events ~ ul .article-card__title").eachText())
				.contains("Next on the home page 5502")));
	}

	@Test
	void visitorGoesFromAnEventToItsProgrammeInTheirLanguage(@Autowired TestUsers users) throws Exception {
		Event event = this.events
			.timed("Conference with a programme 5505", "2061-06-20T09:00", "2061-06-21T18:00", PARIS)
			.in("Strasbourg", "FR")
			.publishedAt(Instant.parse("2060-01-01T00:00:00Z"))
			.save();
		byte[] french = TestPdfs.withText("Programme de la conference");
		MockMultipartHttpServletRequestBuilder programme = multipart("/admin/documents");
		programme.file(new MockMultipartFile("files[0].file", "programme-en.pdf", null, TestPdfs.withText("Programme")))
			.param("files[0].language", "en")
			.file(new MockMultipartFile("files[1].file", "programme-fr.pdf", null, french))
			.param("files[1].language", "fr")
			.param("title", "Programme 5505")
			.param("documentType", "PROGRAMME")
			.param("eventId", event.getId().toString())
			.param("action", "publish")
			.with(user(users.editor().getEmail()).roles("EDITOR"))
			.with(csrf());
		this.mvc.perform(programme).andExpect(status().isFound());

		String[] frenchLink = new String[1];
		// Parsed from the page, as a browser follows it.
		this.mvc.perform(get("/events/" + event.getSlug())).andExpect(page((html) -> {
			assertThat(html.select(".event-documents .article-card__title").eachText())
				.containsExactly("Programme 5505");
			assertThat(html.select(".event-documents .language-list a").eachText()).containsExactly("English",
					"French");
			frenchLink[0] = html.select(".event-documents .language-list a[hreflang=fr]").attr("href");
		}));
		this.mvc.perform(get(frenchLink[0])).andExpect(status().isOk()).andExpect(content().bytes(french));
		this.mvc.perform(get("/documents/programme-5505"))
			.andExpect(page(
					(html) -> assertThat(html.select(".event-facts a[href=/events/" + event.getSlug() + "]").text())
						.isEqualTo("Conference with a programme 5505")));
	}

	@Test
	void badParametersAndUnknownEventsAreClientErrors() throws Exception {
		this.mvc.perform(get("/events").param("year", "abc")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/events").param("year", "99999")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/events").param("year", "1500")).andExpect(status().isOk());
		this.mvc.perform(get("/events/no-such-event-5503")).andExpect(status().isNotFound());
		this.mvc.perform(get("/events/no-such-event-5503.ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/events/Not_A_Slug!")).andExpect(status().isNotFound());
		Event draft = this.events.allDay("Draft 5503", "2061-07-01", "2061-07-01").save();
		this.mvc.perform(get("/events/" + draft.getSlug())).andExpect(status().isNotFound());
		this.mvc.perform(get("/events/" + draft.getSlug() + ".ics")).andExpect(status().isNotFound());
	}

	@Test
	void relatedContentOfACountryHoldsItsVisibleEvents(@Autowired EventService service) {
		this.events.allDay("In Benin 5504", "2061-07-09", "2061-07-11")
			.in("Cotonou", "BJ")
			.publishedAt(Instant.parse("2060-01-01T00:00:00Z"))
			.save();
		this.events.allDay("Draft in Benin 5504", "2061-07-09", "2061-07-11").in("Cotonou", "BJ").save();

		assertThat(service.forCountry("bj")).extracting(EventSummary::title)
			.contains("In Benin 5504")
			.doesNotContain("Draft in Benin 5504");
		assertThat(service.forCountry("zz")).isEmpty();
		assertThat(service.forCountry(null)).isEmpty();
	}

	@Test
	void countryIsNamedAsTheSiteCountryListNamesIt(@Autowired EventService service) throws Exception {
		Event event = this.events.allDay("In Brno 5506", "2061-08-01", "2061-08-02")
			.in("Brno", "CZ")
			.publishedAt(Instant.parse("2060-01-01T00:00:00Z"))
			.save();

		this.mvc.perform(get("/events/" + event.getSlug()))
			.andExpect(page((html) -> assertThat(html.select(".event-facts").text()).contains("Brno, Czech Republic")));
		assertThat(service.forCountry("cz")).extracting(EventSummary::place).contains("Brno, Czech Republic");
		assertThat(service.allEvents("Events")).contains("Brno\\, Czech Republic");
	}

}

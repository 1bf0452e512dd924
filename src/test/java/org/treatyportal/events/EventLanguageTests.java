package org.treatyportal.events;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * Events read in every language: each version at its own slug, its calendar file in the
 * page's language, and the original with a notice where there is no translation.
 */
@PortalIntegrationTest
class EventLanguageTests {

	private static final Instant NOW = Instant.parse("2071-02-10T10:00:00Z");

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
	void eachVersionAnswersAtItsOwnSlugAndTheOtherOneRedirects() throws Exception {
		Event event = this.events.allDay("Octopus Conference", "2071-03-01", "2071-03-02").publishedAt(NOW).save();
		String french = "conference-octopus-" + event.getId();
		this.transaction.executeWithoutResult((status) -> this.repository.findById(event.getId())
			.orElseThrow()
			.translate("fr", french, "Conférence Octopus", "Sur la coopération.", "", NOW));

		this.mvc.perform(get("/fr/events/" + french)).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("h1").text()).isEqualTo("Conférence Octopus");
			assertThat(html.select("h1").hasAttr("lang")).isFalse();
			assertThat(html.select(".language-switch a").attr("href")).isEqualTo("/events/" + event.getSlug());
			assertThat(html.select("link[hreflang=fr]").attr("href")).endsWith("/fr/events/" + french);
		}));
		this.mvc.perform(get("/fr/events/" + event.getSlug()))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/fr/events/" + french));
		this.mvc.perform(get("/fr/events/" + french + ".ics"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("SUMMARY:Conférence Octopus")));
		this.mvc.perform(get("/fr/events"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("main a[href=/fr/events/" + french + "]").text())
				.isEqualTo("Conférence Octopus")));
		this.mvc.perform(get("/fr/events.ics"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/fr/events/" + french)))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("X-WR-CALNAME:Événements · Cybercriminalité\r\n")));
	}

	@Test
	void eventWithoutFrenchVersionShowsItsOriginalMarkedAsEnglish() throws Exception {
		Event event = this.events.allDay("English only event", "2071-04-01", "2071-04-01").publishedAt(NOW).save();

		this.mvc.perform(get("/fr/events/" + event.getSlug())).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("h1").attr("lang")).isEqualTo("en");
			assertThat(html.select(".language-fallback").text())
				.isEqualTo("Ce texte n’a pas encore été traduit en français.");
			assertThat(html.select("link[hreflang=fr]")).isEmpty();
		}));
		this.mvc.perform(get("/fr/events"))
			.andExpect(status().isOk())
			.andExpect(page(
					(html) -> assertThat(html.select("main a[href=/fr/events/" + event.getSlug() + "]").attr("lang"))
						.isEqualTo("en")));
	}

}

package org.treatyportal.events;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Events in the Atom feed, the sitemap and search engines' structured data.
 */
@PortalIntegrationTest
class EventSyndicationTests {

	private static final Instant NOW = Instant.parse("2062-03-01T10:00:00Z");

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
	void feedListsVisibleEventsNewestPublishedFirst() throws Exception {
		this.events.allDay("Feed older 7201", "2062-05-01", "2062-05-02").publishedAt(NOW.minusSeconds(7200)).save();
		this.events.allDay("Feed newer 7201", "2062-04-01", "2062-04-01").publishedAt(NOW.minusSeconds(60)).save();
		this.events.allDay("Feed draft 7201", "2062-04-01", "2062-04-01").save();
		this.events.allDay("Feed scheduled 7201", "2062-04-01", "2062-04-01").publishedAt(NOW.plusSeconds(60)).save();

		String xml = this.mvc.perform(get("/feeds/events.atom"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));

		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
			.containsSubsequence("Feed newer 7201", "Feed older 7201")
			.doesNotContain("Feed draft 7201", "Feed scheduled 7201");
	}

	@Test
	void eventPageCarriesAnEventForSearchEnginesAndIsInTheSitemap() throws Exception {
		Event event = this.events
			.timed("Structured 7202", "2062-06-01T09:00", "2062-06-02T18:00", ZoneId.of("Asia/Tokyo"))
			.in("Tokyo", "JP")
			.publishedAt(NOW.minusSeconds(60))
			.save();

		String html = this.mvc.perform(get("/events/" + event.getSlug()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode data = JsonMapper.builder()
			.build()
			.readTree(Jsoup.parse(html).select("script[type=application/ld+json]").html());

		assertThat(data.get("@type").asString()).isEqualTo("Event");
		assertThat(data.get("name").asString()).isEqualTo("Structured 7202");
		assertThat(data.get("startDate").asString()).startsWith("2062-06-01T09:00");
		assertThat(data.get("location").get("address").get("addressLocality").asString()).isEqualTo("Tokyo");
		assertThat(this.mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
			.contains("/events/" + event.getSlug());
	}

}

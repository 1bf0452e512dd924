package org.treatyportal.feeds;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xml.sax.InputSource;

import org.treatyportal.news.Article;
import org.treatyportal.news.TestArticles;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * The Atom feeds of news items and press releases, read back with a feed library (Rome):
 * valid Atom 1.0, newest first, only what is visible at the test clock's instant, titles
 * escaped, conditional requests, and the links that announce them on every public page.
 * Each test sets the clock past every other test class's items, so its own are the
 * newest.
 */
@PortalIntegrationTest
class FeedTests {

	private static final String BASE = "http://localhost:8080";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private MutableClock clock;

	@Test
	void newsFeedIsAtomWithTheVisibleItemsNewestFirst() throws Exception {
		Instant now = Instant.parse("2041-03-01T12:00:00Z");
		String category = this.articles.newCategory("Feed topic");
		Article older = this.articles.news("Feed older 7301")
			.summary("The older one.")
			.publishedAt(now.minus(Duration.ofHours(2)))
			.save();
		Article newer = this.articles.news("Feed newer 7301")
			.summary("The newer one.")
			.category(category)
			.publishedAt(now.minus(Duration.ofHours(1)))
			.save();
		this.articles.news("Feed draft 7301").save();
		this.articles.news("Feed scheduled 7301").publishedAt(now.plus(Duration.ofHours(1))).save();
		this.articles.news("Feed withdrawn 7301").withdrawnAfter(now.minus(Duration.ofMinutes(30))).save();
		this.articles.pressRelease("Feed press release 7301").publishedAt(now.minus(Duration.ofMinutes(10))).save();
		this.clock.setInstant(now);

		SyndFeed feed = feed("news");

		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getUri()).isEqualTo(BASE + "/feeds/news.atom");
		assertThat(feed.getTitle()).isEqualTo("News · Cybercrime");
		assertThat(feed.getAuthors()).extracting(SyndPerson::getName).containsExactly("Council of Europe");
		assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref)
			.contains(tuple("self", BASE + "/feeds/news.atom"), tuple("alternate", BASE + "/news"));
		assertThat(feed.getPublishedDate()).isEqualTo(Date.from(now.minus(Duration.ofHours(1))));
		List<String> titles = feed.getEntries().stream().map(SyndEntry::getTitle).toList();
		assertThat(titles).startsWith("Feed newer 7301", "Feed older 7301")
			.doesNotContain("Feed draft 7301", "Feed scheduled 7301", "Feed withdrawn 7301", "Feed press release 7301");
		SyndEntry entry = feed.getEntries().get(0);
		assertThat(entry.getLink()).isEqualTo(BASE + "/news/" + newer.getSlug());
		assertThat(entry.getUri()).isEqualTo("tag:localhost,2000-01-01:news/" + newer.getId());
		assertThat(entry.getPublishedDate()).isEqualTo(Date.from(now.minus(Duration.ofHours(1))));
		assertThat(entry.getUpdatedDate()).isEqualTo(Date.from(now.minus(Duration.ofHours(1))));
		assertThat(entry.getDescription().getValue()).isEqualTo("The newer one.");
		assertThat(entry.getCategories()).extracting(SyndCategory::getName).containsExactly("Feed topic");
		assertThat(feed.getEntries().get(1).getUri()).isEqualTo("tag:localhost,2000-01-01:news/" + older.getId());
	}

	@Test
	void scheduledPressReleaseJoinsTheFeedAtItsInstant() throws Exception {
		Instant embargo = Instant.parse("2041-04-01T08:00:00Z");
		this.articles.pressRelease("Feed embargoed 7302").publishedAt(embargo).save();

		this.clock.setInstant(embargo.minusMillis(1));
		assertThat(titles(feed("press-releases"))).doesNotContain("Feed embargoed 7302");

		this.clock.setInstant(embargo);
		assertThat(titles(feed("press-releases"))).first().isEqualTo("Feed embargoed 7302");
	}

	@Test
	void markupInTitlesAndSummariesIsTextNotStructure() throws Exception {
		Instant now = Instant.parse("2041-05-01T08:00:00Z");
		String title = "Crime & punishment: <b>\"bold\"</b> 'quoted' ]]> </title></entry> \u0001end";
		this.articles.news(title).summary("<script>alert(1)</script> & more").publishedAt(now.minusSeconds(1)).save();
		this.clock.setInstant(now);

		SyndEntry entry = feed("news").getEntries().get(0);

		// The control character cannot be written in XML at all: it is left out.
		assertThat(entry.getTitle()).isEqualTo("Crime & punishment: <b>\"bold\"</b> 'quoted' ]]> </title></entry> end");
		assertThat(entry.getDescription().getValue()).isEqualTo("<script>alert(1)</script> & more");
	}

	@Test
	void feedHoldsTheFiftyNewestItems() throws Exception {
		Instant now = Instant.parse("2041-06-01T08:00:00Z");
		for (int i = 1; i <= FeedController.ENTRIES + 1; i++) {
			this.articles.pressRelease("Feed many 7304 #" + i)
				.publishedAt(now.minus(Duration.ofMinutes(100 - i)))
				.save();
		}
		this.clock.setInstant(now);

		List<String> titles = titles(feed("press-releases"));

		assertThat(titles).hasSize(FeedController.ENTRIES)
			.startsWith("Feed many 7304 #51", "Feed many 7304 #50")
			.endsWith("Feed many 7304 #2");
	}

	@Test
	void unchangedFeedAnswersNotModified() throws Exception {
		Instant now = Instant.parse("2041-07-01T08:00:00Z");
		this.articles.news("Feed cached 7305").publishedAt(now.minusSeconds(60)).save();
		this.clock.setInstant(now);
		MvcResult first = this.mvc.perform(get("/feeds/news.atom"))
			.andExpect(header().string("Cache-Control", startsWith("public, max-age=")))
			.andExpect(header().exists("Last-Modified"))
			.andReturn();
		String etag = first.getResponse().getHeader("ETag");

		this.mvc.perform(get("/feeds/news.atom").header("If-None-Match", etag)).andExpect(status().isNotModified());

		this.articles.news("Feed cached 7305 again").publishedAt(now.minusSeconds(30)).save();
		this.mvc.perform(get("/feeds/news.atom").header("If-None-Match", etag)).andExpect(status().isOk());
	}

	@Test
	void unknownFeedIsNotFound() throws Exception {
		this.mvc.perform(get("/feeds/events-and-more.atom")).andExpect(status().isNotFound());
		this.mvc.perform(get("/feeds/news.rss")).andExpect(status().isNotFound());
	}

	@Test
	void publicPagesAnnounceTheFeeds() throws Exception {
		for (String path : List.of("/", "/news", "/treaties", "/countries/fr", "/search?q=convention")) {
			this.mvc.perform(get(path)).andExpect(status().isOk()).andExpect(page((html) -> {
				assertThat(html.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href")).as(path)
					.containsExactly("/feeds/news.atom", "/feeds/press-releases.atom", "/feeds/events.atom",
							"/feeds/treaty-actions.atom");
				assertThat(html.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("title"))
					.as(path)
					.containsExactly("News · Cybercrime", "Press releases · Cybercrime", "Events · Cybercrime",
							"Signatures and ratifications · Cybercrime");
			}));
		}
	}

	@Test
	void theFrenchFeedIsInFrenchAndLinksToFrenchPages() throws Exception {
		Instant now = Instant.parse("2042-03-01T12:00:00Z");
		Article item = this.articles.news("Feed in French 7302").publishedAt(now.minus(Duration.ofHours(1))).save();
		this.clock.setInstant(now);

		MvcResult result = this.mvc.perform(get("/fr/feeds/news.atom")).andExpect(status().isOk()).andReturn();
		String xml = result.getResponse().getContentAsString();
		SyndFeed feed = new SyndFeedInput()
			.build(new InputSource(new ByteArrayInputStream(result.getResponse().getContentAsByteArray())));

		assertThat(xml).contains("xml:lang=\"fr\"");
		assertThat(feed.getTitle()).isEqualTo("Actualités · Cybercriminalité");
		assertThat(feed.getAuthors()).extracting(SyndPerson::getName).containsExactly("Conseil de l’Europe");
		assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref)
			.contains(tuple("self", BASE + "/fr/feeds/news.atom"), tuple("alternate", BASE + "/fr/news"));
		assertThat(feed.getEntries().get(0).getLink()).isEqualTo(BASE + "/fr/news/" + item.getSlug());
		assertThat(this.mvc.perform(get("/feeds/news.atom")).andReturn().getResponse().getContentAsString())
			.contains("xml:lang=\"en\"");
	}

	private SyndFeed feed(String name) throws Exception {
		MvcResult result = this.mvc.perform(get("/feeds/" + name + ".atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/atom+xml;charset=UTF-8"))
			.andReturn();
		return new SyndFeedInput()
			.build(new InputSource(new ByteArrayInputStream(result.getResponse().getContentAsByteArray())));
	}

	private static List<String> titles(SyndFeed feed) {
		return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
	}

}

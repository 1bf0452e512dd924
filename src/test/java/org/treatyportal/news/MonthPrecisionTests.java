package org.treatyportal.news;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.treatyportal.support.EditorTestSupport;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.web.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * Items whose day is not known, dated to the month: entered in the admin form, published
 * at the month's first day (00:00 in the site's zone, Europe/Paris), and shown as
 * "February 2061" in lists, on the page, in search, JSON-LD, the API and the feed.
 */
@PortalIntegrationTest
class MonthPrecisionTests {

	private static final Instant NOW = Instant.parse("2061-06-01T08:00:00Z");

	/** 1 February 2061, 00:00 in Paris. */
	private static final Instant FEBRUARY = Instant.parse("2061-01-31T23:00:00Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestArticles articles;

	@Autowired
	private ArticleRepository repository;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void monthOnlyPublishesAtTheFirstOfTheMonthInTheSiteZone() throws Exception {
		this.clock.setInstant(NOW);

		long id = EditorTestSupport.idFrom(
				this.mvc
					.perform(post("/admin/press-releases").with(editor())
						.with(csrf())
						.param("title", "Pledge dated to the month 6101")
						.param("publishAt", "2061-02-15T10:00")
						.param("datePrecision", "MONTH")
						.param("action", "publish"))
					.andExpect(status().isFound())
					.andReturn());

		Article saved = this.repository.findById(id).orElseThrow();
		assertThat(saved.getDatePrecision()).isEqualTo(DatePrecision.MONTH);
		assertThat(saved.getPublication().getPublishAt()).isEqualTo(FEBRUARY);
		this.mvc.perform(get("/admin/press-releases/" + id).with(editor())).andExpect(page((html) -> {
			assertThat(html.select("input[name=publishAt]").val()).isEqualTo("1 Feb 2061 00:00");
			assertThat(html.select("input[name=datePrecision][value=MONTH]").hasAttr("checked")).isTrue();
		}));
	}

	@Test
	void switchingAPublishedItemToMonthOnlyMovesItToTheMonthsStartAndIsARevision() throws Exception {
		this.clock.setInstant(NOW);
		Article article = this.articles.news("Exact then month 6102")
			.publishedAt(Instant.parse("2061-03-20T09:00:00Z"))
			.save();
		long id = article.getId();
		this.mvc
			.perform(post("/admin/news/" + id).with(editor())
				.with(csrf())
				.param("version", String.valueOf(article.getVersion()))
				.param("title", "Exact then month 6102")
				.param("slug", article.getSlug())
				.param("publishAt", "2061-03-20T10:00")
				.param("datePrecision", "MONTH"))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/admin/news/" + id).with(editor())
				.with(csrf())
				.param("version", String.valueOf(EditorTestSupport.version(this.repository, id)))
				.param("title", "Exact then month 6102")
				.param("slug", article.getSlug())
				.param("publishAt", "2061-03-01T00:00")
				.param("datePrecision", "DAY"))
			.andExpect(status().isFound());

		assertThat(this.repository.findById(id).orElseThrow().getDatePrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(this.jdbc.queryForList("select fields::jsonb ->> 'datePrecision' from revision"
				+ " where content_type = 'news' and content_id = ? order by number", String.class, id))
			.containsExactly("MONTH", "DAY");
		this.mvc.perform(get("/admin/news/" + id + "/revisions").param("from", "1").param("to", "2").with(editor()))
			.andExpect(page((html) -> assertThat(html.select(".diff dt").eachText()).contains("Date shown")));
		this.mvc.perform(post("/admin/news/" + id + "/revisions/1/restore").with(editor()).with(csrf()))
			.andExpect(status().isFound());
		Article restored = this.repository.findById(id).orElseThrow();
		assertThat(restored.getDatePrecision()).isEqualTo(DatePrecision.MONTH);
		assertThat(restored.getPublication().getPublishAt()).isEqualTo(Instant.parse("2061-02-28T23:00:00Z"));
	}

	@Test
	void monthOnlyWithoutADateIsRefusedNextToTheChoiceWithEverythingKept() throws Exception {
		this.clock.setInstant(NOW);

		this.mvc
			.perform(post("/admin/news").with(editor())
				.with(csrf())
				.param("title", "No month 6103")
				.param("summary", "Kept summary")
				.param("datePrecision", "MONTH")
				.param("action", "publish"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#datePrecision-error").text()).contains("enter a date in \"Publish at\"");
				assertThat(html.select("textarea[name=summary]").text()).isEqualTo("Kept summary");
				assertThat(html.select("input[name=datePrecision][value=MONTH]").hasAttr("checked")).isTrue();
			}));
		this.mvc
			.perform(post("/admin/news").with(editor())
				.with(csrf())
				.param("title", "Bad precision 6103")
				.param("datePrecision", "YEAR"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("#datePrecision-error").text())
				.isEqualTo("Choose exact date or month only.")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from article where title in ('No month 6103'," + " 'Bad precision 6103')",
				Integer.class))
			.isZero();
	}

	@Test
	void publicPagesShowTheMonthAndSortItAtTheMonthsStart() throws Exception {
		this.clock.setInstant(NOW);
		Article month = this.articles.pressRelease("Contribution of February 6104")
			.monthOnly()
			.publishedAt(FEBRUARY)
			.save();
		this.articles.pressRelease("Exact on the second 6104")
			.publishedAt(Instant.parse("2061-02-02T09:00:00Z"))
			.save();
		this.articles.pressRelease("Exact on the last of January 6104")
			.publishedAt(Instant.parse("2061-01-31T09:00:00Z"))
			.save();

		this.mvc.perform(get("/press-releases").param("year", "2061")).andExpect(page((html) -> {
			assertThat(html.select(".article-card__title").eachText()).containsSubsequence("Exact on the second 6104",
					"Contribution of February 6104", "Exact on the last of January 6104");
			assertThat(html.select(".article-card:contains(Contribution of February 6104) time").outerHtml())
				.contains("datetime=\"2061-02\"")
				.contains(">February 2061<");
			assertThat(html.select(".article-card:contains(Exact on the second 6104) time").text())
				.isEqualTo("2 February 2061");
		}));
		MvcResult item = this.mvc.perform(get("/press-releases/" + month.getSlug()))
			.andExpect(status().isOk())
			.andReturn();
		Document html = Jsoup.parse(item.getResponse().getContentAsString());
		assertThat(html.select(".article__meta time").attr("datetime")).isEqualTo("2061-02");
		assertThat(html.select(".article__meta time").text()).isEqualTo("February 2061");
		assertThat(html.select(".article__header").text()).doesNotContainPattern("\\b1 February 2061");
		JsonNode data = JSON.readTree(html.select("script[type=application/ld+json]").html());
		assertThat(data.get("datePublished").asString()).isEqualTo("2061-02");
		assertThat(data.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(html.select("meta[property=article:published_time]")).isEmpty();

		this.mvc.perform(get("/search").param("q", "Contribution 6104")).andExpect(page((search) -> {
			assertThat(search.select(".search-hit time").text()).isEqualTo("February 2061");
			assertThat(search.select(".search-hit time").attr("datetime")).isEqualTo("2061-02");
		}));
	}

	@Test
	void apiAndFeedGiveTheMonthsStartWithThePrecision() throws Exception {
		this.clock.setInstant(NOW);
		Article month = this.articles.pressRelease("Feed month item 6105")
			.summary("Pledged for the year.")
			.monthOnly()
			.publishedAt(FEBRUARY)
			.save();

		this.mvc.perform(get("/api/press-releases/" + month.getSlug()))
			.andExpect(jsonPath("$.date").value("2061-02-01"))
			.andExpect(jsonPath("$.datePrecision").value("MONTH"));
		JsonNode list = JSON
			.readTree(this.mvc.perform(get("/api/press-releases").param("year", "2061").param("size", "100"))
				.andReturn()
				.getResponse()
				.getContentAsString());
		JsonNode listed = list.get("items")
			.valueStream()
			.filter((item) -> item.get("title").asString().equals("Feed month item 6105"))
			.findFirst()
			.orElseThrow();
		assertThat(listed.get("date").asString()).isEqualTo("2061-02-01");
		assertThat(listed.get("datePrecision").asString()).isEqualTo("MONTH");

		String feed = this.mvc.perform(get("/feeds/press-releases.atom"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document atom = Jsoup.parse(feed, Parser.xmlParser());
		var entry = atom.select("entry:has(title:containsOwn(Feed month item 6105))").first();
		assertThat(entry).isNotNull();
		assertThat(entry.select("published").text()).isEqualTo("2061-01-31T23:00:00Z");
		assertThat(entry.select("title").text() + entry.select("summary").text())
			.doesNotContainPattern("\\d+ February");
	}

	private RequestPostProcessor editor() {
		return as(this.users.editor());
	}

}

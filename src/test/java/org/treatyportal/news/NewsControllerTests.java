package org.treatyportal.news;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * The public news and press release pages, through the whole application.
 */
@PortalIntegrationTest
class NewsControllerTests {

	private static final Instant NOW = Instant.parse("2032-06-15T12:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private MutableClock clock;

	@Test
	void listShowsTwentyNewestFirstWithPages() throws Exception {
		String category = this.articles.newCategory("Paging");
		for (int i = 1; i <= 23; i++) {
			this.articles.news("Paging item " + i)
				.publishedAt(NOW.minus(Duration.ofDays(30 - i)))
				.category(category)
				.save();
		}
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/news").param("category", category)).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("main .article-card")).hasSize(20);
			assertThat(html.select("main .article-card a").first().text()).isEqualTo("Paging item 23");
			assertThat(html.select(".pager a[rel=next]").attr("href"))
				.isEqualTo("/news?category=" + category + "&page=2");
			assertThat(html.select(".pager [aria-current=page]").text()).isEqualTo("1");
		}));
		this.mvc.perform(get("/news").param("category", category).param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("main .article-card a").eachText()).containsExactly("Paging item 3",
						"Paging item 2", "Paging item 1");
				assertThat(html.select(".pager a[rel=prev]").attr("href")).isEqualTo("/news?category=" + category);
				assertThat(html.select(".pager a[rel=next]")).isEmpty();
			}));
	}

	@Test
	void listFiltersByYearAndCategory() throws Exception {
		String category = this.articles.newCategory("Filtering");
		this.articles.news("Filter 2030").publishedAt(Instant.parse("2030-05-01T10:00:00Z")).category(category).save();
		this.articles.news("Filter 2031").publishedAt(Instant.parse("2031-05-01T10:00:00Z")).category(category).save();
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/news").param("year", "2031").param("category", category))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("main .article-card a").eachText()).containsExactly("Filter 2031");
				assertThat(html.select("aside a[aria-current]").eachText()).contains("2031");
				assertThat(html.select("aside a[href*=year=2030]")).isNotEmpty();
			}));
	}

	@Test
	void itemShowsDateSummaryBodyCategoriesAndRelated() throws Exception {
		String category = this.articles.newCategory("Workshops in test");
		Article item = this.articles.news("Workshop in Colombo")
			.summary("A two-day workshop.")
			.body("<p>Judges and <strong>prosecutors</strong> met.</p>")
			.publishedAt(Instant.parse("2032-03-02T09:00:00Z"))
			.category(category)
			.save();
		this.articles.news("Related workshop")
			.publishedAt(Instant.parse("2032-02-01T09:00:00Z"))
			.category(category)
			.save();
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/news/" + item.getSlug())).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("h1").text()).isEqualTo("Workshop in Colombo");
			assertThat(html.select("article time").attr("datetime")).isEqualTo("2032-03-02");
			assertThat(html.select("article time").text()).isEqualTo("2 March 2032");
			assertThat(html.select(".article__summary").text()).isEqualTo("A two-day workshop.");
			assertThat(html.select(".article__body strong").text()).isEqualTo("prosecutors");
			assertThat(html.select(".tag-list a").attr("href")).isEqualTo("/news?category=" + category);
			assertThat(html.select(".related a").eachText()).containsExactly("Related workshop");
			assertThat(html.select("nav a[aria-current=page]").text()).isEqualTo("News");
			assertThat(html.select("#attachments-title")).as("nothing attached: no heading").isEmpty();
		}));
	}

	@Test
	void pressReleaseHasItsOwnAddress() throws Exception {
		Article pressRelease = this.articles.pressRelease("Azerbaijan signs").publishedAt(NOW.minusSeconds(60)).save();
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/press-releases/" + pressRelease.getSlug()))
			.andExpect(status().isOk())
			.andExpect(page(
					(html) -> assertThat(html.select("nav a[aria-current=page]").text()).isEqualTo("Press releases")));
		this.mvc.perform(get("/news/" + pressRelease.getSlug())).andExpect(status().isNotFound());
	}

	@Test
	void unknownSlugIsNotFound() throws Exception {
		this.mvc.perform(get("/news/no-such-item")).andExpect(status().isNotFound());
		this.mvc.perform(get("/press-releases/no-such-item")).andExpect(status().isNotFound());
	}

	@Test
	void scheduledItemIsNotFoundBeforeItsTime() throws Exception {
		Article scheduled = this.articles.pressRelease("Embargoed").publishedAt(NOW.plusSeconds(3600)).save();
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/press-releases/" + scheduled.getSlug())).andExpect(status().isNotFound());
	}

	@Test
	void malformedPageOrYearIsBadRequest() throws Exception {
		for (String query : new String[] { "page=abc", "page=-1", "page=0", "page=99999999999", "year=abc", "year=-5",
				"year=123456", "year=2008.5" }) {
			this.mvc.perform(get("/news?" + query)).andExpect(status().isBadRequest());
		}
	}

	@Test
	void pageBeyondTheLastIsEmpty() throws Exception {
		this.mvc.perform(get("/press-releases?page=2000000000"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("main .article-card")).isEmpty()));
	}

}

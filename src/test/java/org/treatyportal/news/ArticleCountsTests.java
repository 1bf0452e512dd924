package org.treatyportal.news;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * The years and topic counts of the lists, read from the visible-articles index and from
 * counts kept by triggers (V112), stay what counting every visible article gives: after
 * each kind of change, and on the next request in both languages.
 */
@PortalIntegrationTest
class ArticleCountsTests {

	private static final Instant NOW = Instant.parse("2033-02-20T10:00:00Z");

	@Autowired
	private ArticleRepository repository;

	@Autowired
	private TestArticles articles;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Test
	void topicCountsFollowEveryKindOfChange() {
		String first = this.articles.newCategory("Counted first");
		String second = this.articles.newCategory("Counted second");
		Article news = this.articles.news("Counted news").publishedAt(NOW.minusSeconds(60)).category(first).save();
		Article twoTopics = this.articles.news("Counted twice")
			.publishedAt(NOW.minusSeconds(120))
			.category(first)
			.category(second)
			.save();
		Article draft = this.articles.news("Counted draft").category(first).save();
		Article scheduled = this.articles.news("Counted later")
			.publishedAt(NOW.plus(Duration.ofHours(1)))
			.category(second)
			.save();
		this.articles.pressRelease("Counted release").publishedAt(NOW.minusSeconds(30)).category(first).save();
		assertExact(NOW);
		assertThat(count(ArticleKind.NEWS, first)).isEqualTo(2);
		assertThat(count(ArticleKind.PRESS_RELEASE, first)).isEqualTo(1);
		assertThat(count(ArticleKind.NEWS, second)).isEqualTo(1);

		// The scheduled instant arrives.
		assertThat(count(ArticleKind.NEWS, second, NOW.plus(Duration.ofHours(1)))).isEqualTo(2);
		assertExact(NOW.plus(Duration.ofHours(1)));

		// Withdrawn, then published again.
		this.jdbc.update("update article set state = 'WITHDRAWN' where id = ?", news.getId());
		assertThat(count(ArticleKind.NEWS, first)).isEqualTo(1);
		assertExact(NOW);
		this.jdbc.update("update article set state = 'PUBLISHED' where id = ?", news.getId());
		assertThat(count(ArticleKind.NEWS, first)).isEqualTo(2);

		// A draft published; a news item made a press release.
		this.jdbc.update("update article set state = 'PUBLISHED', publish_at = ? where id = ?",
				Timestamp.from(NOW.minusSeconds(10)), draft.getId());
		this.jdbc.update("update article set kind = 'PRESS_RELEASE' where id = ?", news.getId());
		assertThat(count(ArticleKind.NEWS, first)).isEqualTo(2);
		assertThat(count(ArticleKind.PRESS_RELEASE, first)).isEqualTo(2);
		assertExact(NOW);

		// A topic taken from a published item, another given; an item deleted.
		this.jdbc.update("delete from article_category where article_id = ? and category_id = "
				+ "(select id from category where slug = ?)", twoTopics.getId(), first);
		this.jdbc.update(
				"insert into article_category (article_id, category_id) select ?, id from category" + " where slug = ?",
				scheduled.getId(), first);
		assertExact(NOW);
		assertExact(NOW.plus(Duration.ofDays(1)));
		this.jdbc.update("delete from article where id = ?", twoTopics.getId());
		assertThat(count(ArticleKind.NEWS, second)).isZero();
		assertExact(NOW.plus(Duration.ofDays(1)));

		// Many in one statement: withdrawn, published again, all given a topic.
		this.jdbc.update("update article set state = 'WITHDRAWN' where title like 'Counted%' and state = 'PUBLISHED'");
		assertThat(count(ArticleKind.PRESS_RELEASE, first)).isZero();
		assertExact(NOW.plus(Duration.ofDays(1)));
		this.jdbc.update("update article set state = 'PUBLISHED' where title like 'Counted%' and state = 'WITHDRAWN'");
		this.jdbc.update(
				"insert into article_category (article_id, category_id) select a.id, c.id from article a"
						+ " join category c on c.slug = ? where a.title like 'Counted%' on conflict do nothing",
				second);
		assertThat(count(ArticleKind.PRESS_RELEASE, second)).isEqualTo(2);
		assertExact(NOW.plus(Duration.ofDays(1)));

		// A topic deleted with its links.
		this.jdbc.update("delete from category where slug = ?", first);
		assertThat(count(ArticleKind.NEWS, first)).isZero();
		assertExact(NOW.plus(Duration.ofDays(1)));
	}

	@Test
	void yearsAreEveryYearOfAVisibleArticleInTheSiteTimeZone() {
		// 23:30 UTC on 31 December is already 1 January in Strasbourg.
		this.articles.news("Year one").publishedAt(Instant.parse("2011-12-31T23:30:00Z")).save();
		this.articles.news("Year two").publishedAt(Instant.parse("2011-06-01T10:00:00Z")).save();
		this.articles.news("Year three").publishedAt(Instant.parse("1999-03-01T10:00:00Z")).save();
		this.articles.news("Year draft").save();
		this.articles.news("Year withdrawn").withdrawnAfter(Instant.parse("1998-03-01T10:00:00Z")).save();
		this.articles.pressRelease("Year release").publishedAt(Instant.parse("1997-03-01T10:00:00Z")).save();
		this.articles.news("Year scheduled").publishedAt(NOW.plus(Duration.ofDays(400))).save();

		for (Instant now : List.of(NOW, NOW.plus(Duration.ofDays(401)))) {
			for (ArticleKind kind : ArticleKind.values()) {
				List<Integer> years = this.repository.findVisibleYears(kind.name(), "Europe/Paris", now);
				assertThat(years).isEqualTo(this.jdbc.queryForList(
						"select distinct cast(extract(year from publish_at at time zone 'Europe/Paris') as integer) y"
								+ " from article where kind = ? and state = 'PUBLISHED' and publish_at <= ?"
								+ " order by y desc",
						Integer.class, kind.name(), Timestamp.from(now)));
			}
		}
		assertThat(this.repository.findVisibleYears("NEWS", "Europe/Paris", NOW)).contains(2012, 2011, 1999)
			.doesNotContain(1998);
		assertThat(this.repository.findVisibleYears("PRESS_RELEASE", "UTC", NOW)).contains(1997);
	}

	@Test
	void aChangedCountShowsOnTheNextRequestInBothLanguages() throws Exception {
		String topic = this.articles.newCategory("Counted on the page");
		Article one = this.articles.news("Counted page one").publishedAt(NOW.minusSeconds(60)).category(topic).save();
		this.articles.news("Counted page two").publishedAt(NOW.minusSeconds(90)).category(topic).save();
		this.clock.setInstant(NOW);
		assertShown(topic, "(2)");

		this.jdbc.update("update article set state = 'WITHDRAWN' where id = ?", one.getId());
		assertShown(topic, "(1)");
		this.jdbc.update("update article set state = 'PUBLISHED' where id = ?", one.getId());
		assertShown(topic, "(2)");
	}

	private void assertShown(String topic, String count) throws Exception {
		for (String path : List.of("/news", "/fr/news")) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(
						page((html) -> assertThat(html.select("#filters a[href*=" + topic + "] .count").text()).as(path)
							.isEqualTo(count)));
		}
	}

	private long count(ArticleKind kind, String category) {
		return count(kind, category, NOW);
	}

	private long count(ArticleKind kind, String category, Instant now) {
		return this.repository.countVisibleByCategory(kind, now)
			.stream()
			.filter((counted) -> counted.slug().equals(category))
			.mapToLong(CategoryCount::count)
			.sum();
	}

	/**
	 * Every kind's counts, of its list and of each topic, are those of counting every
	 * visible article.
	 */
	private void assertExact(Instant now) {
		for (ArticleKind kind : ArticleKind.values()) {
			List<CategoryCount> expected = this.jdbc.query(
					"select c.slug, c.name, count(*) from article a join article_category ac on ac.article_id = a.id"
							+ " join category c on c.id = ac.category_id where a.kind = ? and a.state = 'PUBLISHED'"
							+ " and a.publish_at <= ? group by c.slug, c.name order by c.name, c.slug",
					(row, number) -> new CategoryCount(row.getString(1), row.getString(2), row.getLong(3)), kind.name(),
					Timestamp.from(now));
			assertThat(this.repository.countVisibleByCategory(kind, now)).as(kind + " at " + now).isEqualTo(expected);
			assertThat(this.repository.countVisible(kind.name(), now)).as(kind + " at " + now)
				.isEqualTo(this.jdbc.queryForObject(
						"select count(*) from article where kind = ? and state = 'PUBLISHED' and publish_at <= ?",
						Long.class, kind.name(), Timestamp.from(now)));
		}
	}

}

package org.treatyportal.news;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication rule, applied by the queries at fixed instants of the test clock.
 */
@PortalIntegrationTest
class ArticleVisibilityTests {

	private static final Instant NOW = Instant.parse("2031-03-10T09:00:00Z");

	@Autowired
	private ArticleService service;

	@Autowired
	private TestArticles articles;

	@Autowired
	private MutableClock clock;

	@Test
	void draftIsHidden() {
		Article draft = this.articles.news("A draft").save();
		this.clock.setInstant(NOW);

		assertThat(this.service.find(ArticleKind.NEWS, draft.getSlug())).isEmpty();
	}

	@Test
	void publishedInThePastIsVisible() {
		Article published = this.articles.news("Published").publishedAt(NOW.minusSeconds(60)).save();
		this.clock.setInstant(NOW);

		assertThat(this.service.find(ArticleKind.NEWS, published.getSlug()))
			.hasValueSatisfying((detail) -> assertThat(detail.title()).isEqualTo("Published"));
	}

	@Test
	void scheduledIsHiddenUntilItsInstantThenVisible() {
		Instant embargo = NOW.plus(Duration.ofHours(2));
		String category = this.articles.newCategory("Embargoed");
		Article scheduled = this.articles.pressRelease("Embargoed press release")
			.publishedAt(embargo)
			.category(category)
			.save();
		ArticleListFilter inCategory = new ArticleListFilter(null, category);

		this.clock.setInstant(embargo.minusMillis(1));
		assertThat(this.service.find(ArticleKind.PRESS_RELEASE, scheduled.getSlug())).isEmpty();
		assertThat(this.service.list(ArticleKind.PRESS_RELEASE, inCategory, 0)).isEmpty();

		this.clock.setInstant(embargo);
		assertThat(this.service.find(ArticleKind.PRESS_RELEASE, scheduled.getSlug())).isPresent();
		assertThat(this.service.list(ArticleKind.PRESS_RELEASE, inCategory, 0)).extracting(ArticleSummary::title)
			.containsExactly("Embargoed press release");
	}

	@Test
	void withdrawnIsHidden() {
		String category = this.articles.newCategory("Withdrawn");
		Article withdrawn = this.articles.news("Withdrawn")
			.withdrawnAfter(NOW.minusSeconds(3600))
			.category(category)
			.save();
		this.clock.setInstant(NOW);

		assertThat(this.service.find(ArticleKind.NEWS, withdrawn.getSlug())).isEmpty();
		assertThat(this.service.list(ArticleKind.NEWS, new ArticleListFilter(null, category), 0)).isEmpty();
		assertThat(this.service.categories(ArticleKind.NEWS)).extracting(CategoryCount::slug).doesNotContain(category);
	}

	@Test
	void newsAndPressReleasesAreSeparate() {
		Article pressRelease = this.articles.pressRelease("Only a press release")
			.publishedAt(NOW.minusSeconds(5))
			.save();
		this.clock.setInstant(NOW);

		assertThat(this.service.find(ArticleKind.NEWS, pressRelease.getSlug())).isEmpty();
		assertThat(this.service.find(ArticleKind.PRESS_RELEASE, pressRelease.getSlug())).isPresent();
	}

	@Test
	void yearFollowsTheSiteTimeZone() {
		String category = this.articles.newCategory("New year");
		// 23:30 UTC on 31 December is already 1 January in Strasbourg.
		this.articles.news("New year item")
			.publishedAt(Instant.parse("2029-12-31T23:30:00Z"))
			.category(category)
			.save();
		this.clock.setInstant(NOW);

		assertThat(this.service.list(ArticleKind.NEWS, new ArticleListFilter(2030, category), 0)).hasSize(1);
		assertThat(this.service.list(ArticleKind.NEWS, new ArticleListFilter(2029, category), 0)).isEmpty();
	}

}

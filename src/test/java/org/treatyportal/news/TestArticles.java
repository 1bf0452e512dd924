package org.treatyportal.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.web.DatePrecision;

/**
 * Builds and saves articles for tests, each with a unique slug so tests never collide on
 * the shared database.
 */
public class TestArticles {

	private final ArticleRepository articles;

	private final CategoryRepository categories;

	private final TransactionTemplate transaction;

	public TestArticles(ArticleRepository articles, CategoryRepository categories, TransactionTemplate transaction) {
		this.articles = articles;
		this.categories = categories;
		this.transaction = transaction;
	}

	public Builder news(String title) {
		return new Builder(ArticleKind.NEWS, title);
	}

	public Builder pressRelease(String title) {
		return new Builder(ArticleKind.PRESS_RELEASE, title);
	}

	/** A category with a unique slug, created now. */
	public String newCategory(String name) {
		String slug = "c-" + UUID.randomUUID().toString().substring(0, 8);
		this.categories.save(new Category(slug, name));
		return slug;
	}

	/** Builder of one article; nothing is saved before {@link #save()}. */
	public final class Builder {

		private final ArticleKind kind;

		private final String title;

		private String slug;

		private String summary = "Summary";

		private String body = "<p>Body</p>";

		private Instant publishAt;

		private boolean withdrawn;

		private DatePrecision datePrecision = DatePrecision.DAY;

		private final List<String> categorySlugs = new ArrayList<>();

		private Builder(ArticleKind kind, String title) {
			this.kind = kind;
			this.title = title;
			this.slug = "t-" + UUID.randomUUID();
		}

		public Builder slug(String slug) {
			this.slug = slug;
			return this;
		}

		public Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		public Builder body(String body) {
			this.body = body;
			return this;
		}

		/** Published (or scheduled, if in the future) from the given instant. */
		public Builder publishedAt(Instant publishAt) {
			this.publishAt = publishAt;
			return this;
		}

		/** Published at the given instant, then withdrawn. */
		public Builder withdrawnAfter(Instant publishAt) {
			this.publishAt = publishAt;
			this.withdrawn = true;
			return this;
		}

		/** Dated only to the month; give the month's start as the publication instant. */
		public Builder monthOnly() {
			this.datePrecision = DatePrecision.MONTH;
			return this;
		}

		public Builder category(String slug) {
			this.categorySlugs.add(slug);
			return this;
		}

		/** Saves a draft unless a publication instant was given. */
		public Article save() {
			return TestArticles.this.transaction.execute((status) -> {
				Article article = new Article(this.kind, this.slug, this.title, Instant.parse("2000-01-01T00:00:00Z"));
				article.setSummary(this.summary);
				article.setBody(this.body);
				article.setDatePrecision(this.datePrecision);
				if (this.publishAt != null) {
					article.getPublication().publish(this.publishAt);
				}
				if (this.withdrawn) {
					article.getPublication().withdraw();
				}
				for (String categorySlug : this.categorySlugs) {
					article.getCategories().add(TestArticles.this.categories.findBySlug(categorySlug).orElseThrow());
				}
				return TestArticles.this.articles.save(article);
			});
		}

	}

}

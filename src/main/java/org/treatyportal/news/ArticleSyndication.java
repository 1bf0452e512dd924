package org.treatyportal.news;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import org.treatyportal.feeds.FeedEntry;
import org.treatyportal.feeds.FeedSource;
import org.treatyportal.seo.SitemapSource;

/**
 * News items and press releases in the Atom feeds ({@code /feeds/news.atom},
 * {@code /feeds/press-releases.atom}) and in the sitemap: visible ones only.
 */
@Configuration(proxyBeanMethods = false)
class ArticleSyndication {

	@Bean
	@Order(10)
	FeedSource newsFeed(ArticleService articles) {
		return new ArticleFeed(ArticleKind.NEWS, articles);
	}

	@Bean
	@Order(20)
	FeedSource pressReleaseFeed(ArticleService articles) {
		return new ArticleFeed(ArticleKind.PRESS_RELEASE, articles);
	}

	@Bean
	SitemapSource articleSitemap(ArticleService articles) {
		return articles::sitemapEntries;
	}

	/**
	 * The feed of one kind of article.
	 *
	 * @param kind news items or press releases
	 * @param articles where the visible ones come from
	 */
	record ArticleFeed(ArticleKind kind, ArticleService articles) implements FeedSource {

		@Override
		public String name() {
			return this.kind.path();
		}

		@Override
		public String titleCode() {
			return "feeds." + this.kind.path();
		}

		@Override
		public String pagePath() {
			return "/" + this.kind.path();
		}

		@Override
		public List<FeedEntry> entries(int count, Locale locale) {
			return this.articles.newest(this.kind, count, locale.toLanguageTag())
				.stream()
				// The day in UTC, not in the site's zone: a setting must not change the
				// entries' ids.
				.map((article) -> new FeedEntry(String.valueOf(article.id()),
						LocalDate.ofInstant(article.created(), ZoneOffset.UTC), article.title(), article.url(),
						article.published(), article.updated(), article.summary(), article.categories(),
						article.lang()))
				.toList();
		}

	}

}

package org.treatyportal.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.feeds.FeedEntry;
import org.treatyportal.feeds.FeedSource;
import org.treatyportal.publishing.LanguageText;
import org.treatyportal.publishing.LanguageVersions;
import org.treatyportal.seo.SitemapEntry;
import org.treatyportal.seo.SitemapSource;
import org.treatyportal.web.Languages;

/**
 * Events in the Atom feed ({@code /feeds/events.atom}) and in the sitemap: visible ones
 * only, the feed newest published first.
 */
@Configuration(proxyBeanMethods = false)
class EventSyndication {

	private static final int SITEMAP_MAX = 50_000;

	@Bean
	@Order(30)
	FeedSource eventFeed(EventRepository events, Clock clock, PlatformTransactionManager transactions) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		return new FeedSource() {

			@Override
			public String name() {
				return "events";
			}

			@Override
			public String titleCode() {
				return "feeds.events";
			}

			@Override
			public String pagePath() {
				return "/events";
			}

			@Override
			public List<FeedEntry> entries(int count, Locale locale) {
				return readOnly
					.execute((status) -> events.findNewestPublished(clock.instant(), PageRequest.of(0, count))
						.stream()
						// The day in UTC, not in the site's zone: a setting must not
						// change
						// the entries' ids.
						.map((event) -> {
							LanguageText text = event.in(locale.toLanguageTag());
							return new FeedEntry(String.valueOf(event.getId()),
									LocalDate.ofInstant(event.getCreatedAt(), ZoneOffset.UTC), text.title(),
									"/events/" + text.slug(), event.getPublication().getPublishAt(),
									SitemapEntry.latest(event.getPublication().getPublishAt(), event.getUpdatedAt()),
									text.summary(), List.of(), text.lang());
						})
						.toList());
			}

		};
	}

	@Bean
	SitemapSource eventSitemap(EventRepository events, Clock clock, Languages languages,
			PlatformTransactionManager transactions) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		return () -> readOnly.execute((status) -> {
			List<SitemapEntry> entries = new ArrayList<>();
			List<Event> visible = events.findNewestPublished(clock.instant(), PageRequest.of(0, SITEMAP_MAX));
			entries.add(new SitemapEntry("/events",
					visible.stream().map(Event::getUpdatedAt).reduce(null, SitemapEntry::latest)));
			for (Event event : visible) {
				entries.add(new SitemapEntry("/events/" + event.getSlug(), event.getUpdatedAt(),
						LanguageVersions.of(event, event.getLanguage(), languages.all(), (slug) -> "/events/" + slug)));
			}
			return entries;
		});
	}

}

package org.treatyportal.treaties;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.feeds.FeedEntry;
import org.treatyportal.feeds.FeedSource;
import org.treatyportal.seo.SitemapEntry;
import org.treatyportal.seo.SitemapSource;
import org.treatyportal.web.LocalDates;

/**
 * Treaties in the feeds and the sitemap: {@code /feeds/treaty-actions.atom}, the States'
 * signatures, ratifications, accessions and successions, newest first; and the treaty
 * list, each treaty's page and its chart.
 */
@Configuration(proxyBeanMethods = false)
class TreatySyndication {

	@Bean
	@Order(40)
	FeedSource treatyActionFeed(TreatyService treaties, MessageSource messages, PortalProperties properties) {
		return new TreatyActionFeed(treaties, messages, properties.timeZone());
	}

	@Bean
	SitemapSource treatySitemap(TreatyService treaties) {
		return () -> treaties.lastChanges()
			.entrySet()
			.stream()
			.map((change) -> new SitemapEntry(change.getKey(), change.getValue()))
			.toList();
	}

	/**
	 * Signatures and deposits as feed entries, such as "Azerbaijan signed ETS 185", each
	 * linking to the State's profile, which shows where it stands with every treaty.
	 *
	 * @param treaties where the actions come from
	 * @param messages the entries' texts
	 * @param zone the site's time zone, in which an action's day starts
	 */
	record TreatyActionFeed(TreatyService treaties, MessageSource messages, ZoneId zone) implements FeedSource {

		@Override
		public String name() {
			return "treaty-actions";
		}

		@Override
		public String titleCode() {
			return "feeds.treaty-actions";
		}

		@Override
		public String pagePath() {
			return "/treaties";
		}

		@Override
		public List<FeedEntry> entries(int count, Locale locale) {
			return this.treaties.recentActions(count).stream().map((action) -> entry(action, locale)).toList();
		}

		private FeedEntry entry(TreatyAction action, Locale locale) {
			Object[] arguments = { action.countryName(), action.treatyReference(), action.treatyShortTitle(),
					LocalDates.day(action.date(), locale) };
			String country = action.countryCode().toLowerCase(Locale.ROOT);
			// The key names the act, not its kind: correcting "ratification" to
			// "accession" keeps the entry.
			String act = "SIGNATURE".equals(action.action()) ? "signature" : "consent";
			Instant when = action.date().atStartOfDay(this.zone).toInstant();
			return new FeedEntry(action.treatyNumber() + "/" + country + "/" + act, action.date(),
					this.messages.getMessage("feeds.treaty-actions.title." + action.action(), arguments, locale),
					"/countries/" + country, when, when,
					this.messages.getMessage("feeds.treaty-actions.summary." + action.action(), arguments, locale),
					List.of(action.treatyReference()));
		}

	}

}

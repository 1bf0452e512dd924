package org.treatyportal.feeds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.treatyportal.config.PortalProperties;

/**
 * Every {@link FeedSource} of the application, by name. Templates reach it as
 * {@code @feeds} to announce the feeds in each public page's head.
 */
@Component("feeds")
public class Feeds {

	private final Map<String, FeedSource> sources = new LinkedHashMap<>();

	private final MessageSource messages;

	private final PortalProperties properties;

	Feeds(List<FeedSource> sources, MessageSource messages, PortalProperties properties) {
		for (FeedSource source : sources) {
			if (this.sources.putIfAbsent(source.name(), source) != null) {
				throw new IllegalStateException("Two feeds are named " + source.name());
			}
		}
		this.messages = messages;
		this.properties = properties;
	}

	/** The feed with the name, if there is one. */
	Optional<FeedSource> find(String name) {
		return Optional.ofNullable(this.sources.get(name));
	}

	/** Every feed, for {@code <link rel="alternate">} in the head of each public page. */
	public List<FeedLink> links() {
		Locale locale = LocaleContextHolder.getLocale();
		return this.sources.values()
			.stream()
			.map((source) -> new FeedLink(title(source, locale), path(source)))
			.toList();
	}

	/** The feed's title: the site's name and the feed's. */
	String title(FeedSource source, Locale locale) {
		return this.messages.getMessage("feeds.title", new Object[] { this.properties.siteName(locale.getLanguage()),
				this.messages.getMessage(source.titleCode(), null, locale) }, locale);
	}

	static String path(FeedSource source) {
		return "/feeds/" + source.name() + ".atom";
	}

}

package org.treatyportal.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.seo.SiteUrls;
import org.treatyportal.web.Languages;

/**
 * The Atom feeds, {@code /feeds/{name}.atom}: the newest visible items of each
 * {@link FeedSource}; an unknown name is a 404. Readers that send the ETag or the date
 * they have get a 304 when nothing changed.
 */
@Controller
class FeedController {

	/** Entries per feed. */
	static final int ENTRIES = 50;

	private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	/**
	 * Caches may keep a copy but must ask each time, so that a scheduled item shows at
	 * its instant.
	 */
	private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

	private final Feeds feeds;

	private final SiteUrls urls;

	private final PortalProperties properties;

	private final Clock clock;

	private final Languages languages;

	FeedController(Feeds feeds, SiteUrls urls, PortalProperties properties, Clock clock, Languages languages) {
		this.languages = languages;
		this.feeds = feeds;
		this.urls = urls;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/feeds/{name}.atom")
	ResponseEntity<byte[]> feed(@PathVariable String name, Locale locale) {
		FeedSource source = this.feeds.find(name).orElseThrow();
		List<FeedEntry> entries = source.entries(ENTRIES, locale)
			.stream()
			.sorted(Comparator.comparing(FeedEntry::published).reversed())
			.limit(ENTRIES)
			.toList();
		// An empty feed still needs a date: it is as it stands now.
		Instant updated = entries.stream()
			.map(FeedEntry::updated)
			.max(Comparator.naturalOrder())
			.orElseGet(this.clock::instant);
		String language = (this.languages.current() != null) ? this.languages.current()
				: this.languages.defaultLanguage();
		String self = this.urls.absolute(this.languages.pathIn(language, Feeds.path(source)));
		AtomFeed feed = new AtomFeed(self, this.feeds.title(source, locale), self,
				this.urls.absolute(this.languages.pathIn(language, source.pagePath())),
				this.properties.organisation(language), updated, entries, language, this.languages);
		byte[] xml = feed.xml(this.urls, source.name());
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(REVALIDATE)
			.eTag(DigestUtils.md5DigestAsHex(xml))
			.lastModified(updated)
			.body(xml);
	}

}

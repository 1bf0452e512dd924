package org.treatyportal.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a feed.
 *
 * @param key what identifies the item within its feed for good, such as its database id
 * (never its slug, which editors may change)
 * @param createdOn the day the item came to exist; with the key and the site's host it
 * makes the entry's {@code tag:} URI, so it must never change either
 * @param title plain text
 * @param path the item's page
 * @param published when it was published
 * @param updated when it last changed; not before {@code published}
 * @param summary plain text, may be empty
 * @param categories its topics, may be empty
 * @param language the language of the title and summary where it is not the feed's (the
 * item has no version in it), else {@code null}
 */
public record FeedEntry(String key, LocalDate createdOn, String title, String path, Instant published, Instant updated,
		String summary, List<String> categories, String language) {

	/** An entry whose text is in the feed's language. */
	public FeedEntry(String key, LocalDate createdOn, String title, String path, Instant published, Instant updated,
			String summary, List<String> categories) {
		this(key, createdOn, title, path, published, updated, summary, categories, null);
	}

}

package org.treatyportal.news;

import java.time.Instant;
import java.util.List;

/**
 * A visible article as its feed shows it.
 *
 * @param id the article's id, which never changes
 * @param title the headline
 * @param summary plain text, may be empty
 * @param url its public address
 * @param created when it was first saved
 * @param published when it was published
 * @param updated when it last changed: its last save, or its publication if later
 * @param categories names of its topics
 * @param lang the language of the title and summary where it is not the one asked for,
 * else {@code null}
 */
record ArticleEntry(long id, String title, String summary, String url, Instant created, Instant published,
		Instant updated, List<String> categories, String lang) {
}

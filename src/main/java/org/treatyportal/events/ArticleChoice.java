package org.treatyportal.events;

import java.time.Instant;

import org.treatyportal.news.ArticleKind;

/**
 * A news item or press release offered in the event form's list of related news.
 *
 * @param id the article's id
 * @param title its headline
 * @param kind news item or press release
 * @param publishAt when it is or was due to appear, or {@code null} for a draft never
 * published
 * @param createdAt when it was created
 */
public record ArticleChoice(long id, String title, ArticleKind kind, Instant publishAt, Instant createdAt) {

	/** Message key of the kind's singular name. */
	public String kindKey() {
		return this.kind.messageKey() + ".one";
	}

	/** The publication day (or creation day of a draft), in UTC, to tell items apart. */
	public String date() {
		return ((this.publishAt != null) ? this.publishAt : this.createdAt).toString().substring(0, 10);
	}

}

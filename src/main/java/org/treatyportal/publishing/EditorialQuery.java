package org.treatyportal.publishing;

/**
 * The search and filters of an admin list of content; {@code null} means "any".
 *
 * @param q words of the title
 * @param status publication status
 * @param authorId id of the author
 * @param sort the order of the rows
 */
public record EditorialQuery(String q, PublicationStatus status, Long authorId, Sort sort) {

	public EditorialQuery {
		q = (q == null || q.isBlank()) ? null : q.strip();
		sort = (sort != null) ? sort : Sort.CHANGED_NEWEST;
	}

	/** Orders of the admin list. */
	public enum Sort {

		CHANGED_NEWEST, CHANGED_OLDEST, PUBLISHED_NEWEST

	}

}

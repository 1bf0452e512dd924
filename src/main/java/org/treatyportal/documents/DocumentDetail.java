package org.treatyportal.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the public page of a document shows.
 *
 * @param title the title
 * @param description the summary, plain text
 * @param body sanitised HTML, may be empty
 * @param type what kind of document it is
 * @param date its own date, or {@code null}
 * @param treaty the treaty it belongs to, or {@code null}
 * @param event the event it belongs to, while that is public; or {@code null}
 * @param countries the countries it concerns, by name
 * @param languages its current file in each language, by language name
 */
public record DocumentDetail(String title, String description, String body, DocumentType type, LocalDate date,
		Link treaty, Link event, List<Link> countries, List<LanguageVersion> languages) {

	/**
	 * A labelled link.
	 *
	 * @param label what to show
	 * @param url where it leads
	 */
	public record Link(String label, String url) {
	}

}

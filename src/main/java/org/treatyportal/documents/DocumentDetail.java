package org.treatyportal.documents;

import java.time.LocalDate;
import java.util.List;

import org.treatyportal.publishing.LanguageText;
import org.treatyportal.web.ContentVersions;

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
 * @param text the text shown, in the page's language or, for want of a translation, the
 * original's (then marked with its {@code lang} and a notice)
 * @param versions the document's addresses in every language
 */
public record DocumentDetail(String title, String description, String body, DocumentType type, LocalDate date,
		Link treaty, Link event, List<Link> countries, List<LanguageVersion> languages, LanguageText text,
		ContentVersions versions) {

	/**
	 * A labelled link.
	 *
	 * @param label what to show
	 * @param url where it leads
	 * @param lang the label's language where it is not the page's, else {@code null}
	 */
	public record Link(String label, String url, String lang) {
	}

}

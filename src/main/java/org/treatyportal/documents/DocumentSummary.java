package org.treatyportal.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A document as lists show it (the library, an event's or a treaty's documents): what it
 * is and a link to each of its languages.
 *
 * @param title the title
 * @param url the document's page
 * @param type what kind of document it is
 * @param date its own date, or {@code null}
 * @param description one or two plain sentences, may be empty
 * @param languages its current file in each language, by language name
 * @param lang the language of the title and description where it is not the page's (the
 * document has no version in it), else {@code null}
 */
public record DocumentSummary(String title, String url, DocumentType type, LocalDate date, String description,
		List<LanguageVersion> languages, String lang) {
}

package org.treatyportal.treaties;

import java.time.LocalDate;

/**
 * A statement as the public pages show it.
 *
 * @param kind reservation, declaration, ...
 * @param date its date
 * @param articles the articles concerned
 * @param text its text
 * @param source where it comes from, if an admin published that; otherwise empty
 * @param language the language of the text
 * @param fallback whether the text is in another language than the page's, for want of a
 * translation
 */
public record StatementView(StatementKind kind, LocalDate date, String articles, String text, String source,
		String language, boolean fallback) {

	/** The statement as a page in the language shows it. */
	static StatementView of(TreatyStatement statement, String language) {
		StatementWording wording = statement.in(language);
		return new StatementView(statement.getKind(), statement.getStatementDate(), statement.getArticles(),
				wording.text(), statement.getSource().shown(), wording.language(), wording.isFallback());
	}

}

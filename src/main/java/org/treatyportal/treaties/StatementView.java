package org.treatyportal.treaties;

import java.time.LocalDate;

/**
 * A statement as the public pages show it.
 *
 * @param kind reservation, declaration, ...
 * @param date its date
 * @param articles the articles concerned
 * @param text its text
 */
public record StatementView(StatementKind kind, LocalDate date, String articles, String text) {

	static StatementView of(TreatyStatement statement) {
		return new StatementView(statement.getKind(), statement.getStatementDate(), statement.getArticles(),
				statement.getText());
	}

}

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
 */
public record StatementView(StatementKind kind, LocalDate date, String articles, String text, String source) {

	static StatementView of(TreatyStatement statement) {
		return new StatementView(statement.getKind(), statement.getStatementDate(), statement.getArticles(),
				statement.getText(), statement.getSource().shown());
	}

}

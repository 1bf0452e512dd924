package org.treatyportal.treaties;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates treaties and States' records for tests, straight through the repositories, each
 * treaty with a number no other test uses.
 */
class TestTreaties {

	private static final AtomicInteger NUMBERS = new AtomicInteger(90_000 + (int) (System.nanoTime() % 5_000));

	private final TreatyRepository treaties;

	private final TreatyPartyRepository parties;

	private final TreatyStatementRepository statements;

	TestTreaties(TreatyRepository treaties, TreatyPartyRepository parties, TreatyStatementRepository statements) {
		this.treaties = treaties;
		this.parties = parties;
		this.statements = statements;
	}

	/**
	 * A treaty like ETS 185: opened on 23 November 2001, in force on 1 July 2004, N = 3.
	 */
	Treaty treaty(String shortTitle) {
		int number = NUMBERS.incrementAndGet();
		Treaty treaty = new Treaty("CETS", number, shortTitle + " (full title)", shortTitle);
		treaty.setOpenedOn(LocalDate.of(2001, 11, 23));
		treaty.setOpenedPlace("Budapest");
		treaty.setEntryIntoForce(LocalDate.of(2004, 7, 1));
		treaty.setEntryIntoForceCondition("5 Ratifications");
		treaty.setMonthsAfterDeposit(3);
		return this.treaties.saveAndFlush(treaty);
	}

	TreatyParty signed(Treaty treaty, String code, String signature) {
		return party(treaty, code, signature, null, null);
	}

	TreatyParty ratified(Treaty treaty, String code, String signature, String ratification) {
		return party(treaty, code, signature, ratification, ConsentKind.RATIFICATION);
	}

	TreatyParty acceded(Treaty treaty, String code, String accession) {
		return party(treaty, code, null, accession, ConsentKind.ACCESSION);
	}

	TreatyParty party(Treaty treaty, String code, String signature, String consent, ConsentKind kind) {
		TreatyParty party = new TreatyParty(treaty, code);
		party.setSignatureDate((signature != null) ? LocalDate.parse(signature) : null);
		party.setConsentDate((consent != null) ? LocalDate.parse(consent) : null);
		party.setConsentKind(kind);
		return this.parties.saveAndFlush(party);
	}

	TreatyParty save(TreatyParty party) {
		return this.parties.saveAndFlush(party);
	}

	TreatyStatement statement(TreatyParty party, StatementKind kind, String date, String articles, String text) {
		TreatyStatement statement = new TreatyStatement(party);
		statement.setKind(kind);
		statement.setStatementDate(LocalDate.parse(date));
		statement.setArticles(articles);
		statement.setText(text);
		return this.statements.saveAndFlush(statement);
	}

}

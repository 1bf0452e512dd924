package org.treatyportal.treaties;

import java.util.Locale;

/**
 * The admin addresses of treaties, States' records and statements: by treaty number and
 * the State's lower-case ISO code, as the public side ({@code /treaties/185},
 * {@code /countries/fr}), so an admin can type or read them.
 */
final class AdminPaths {

	private AdminPaths() {
	}

	static String treaty(Treaty treaty) {
		return "/admin/treaties/" + treaty.getNumber();
	}

	static String party(TreatyParty party) {
		return party(party.getTreaty(), party.getCountryCode());
	}

	static String party(Treaty treaty, String countryCode) {
		return treaty(treaty) + "/parties/" + countryCode.toLowerCase(Locale.ROOT);
	}

	static String statement(TreatyStatement statement) {
		return party(statement.getParty()) + "/statements/" + statement.getId();
	}

}

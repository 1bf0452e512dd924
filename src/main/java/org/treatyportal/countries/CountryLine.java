package org.treatyportal.countries;

import org.treatyportal.treaties.PartyStatus;

/**
 * A country in the country list, with its status for the chosen treaty.
 *
 * @param code upper-case ISO code
 * @param slug the code in URLs, lower case
 * @param name the country's name
 * @param member whether it is a member of the organisation
 * @param status its status for the chosen treaty
 */
public record CountryLine(String code, String slug, String name, boolean member, PartyStatus status) {

	/** The class that colours its shape on the map. */
	public String mapClass() {
		return switch (this.status) {
			case RATIFIED -> "status-party";
			case SIGNED -> "status-signatory";
			case NEITHER -> "status-none";
		};
	}

}

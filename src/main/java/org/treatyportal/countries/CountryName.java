package org.treatyportal.countries;

import java.util.Locale;

/**
 * What lists, charts and the map need of a country, without its profile.
 *
 * @param code upper-case ISO 3166-1 alpha-2 code
 * @param name name in English
 * @param member whether the country is a member State of the organisation
 * @param region its region
 */
public record CountryName(String code, String name, boolean member, Region region) {

	/** The lower-case code of its address, {@code /countries/{slug}}. */
	public String slug() {
		return this.code.toLowerCase(Locale.ROOT);
	}

}

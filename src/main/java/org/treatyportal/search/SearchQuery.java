package org.treatyportal.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a visitor searched for, with the filters; {@code null} filters mean "any".
 *
 * @param q the words, in web search syntax (quotes, OR, -exclusion)
 * @param type a content type key
 * @param year a year of publication or of the item's date
 * @param country an ISO alpha-2 country code, upper case
 * @param treaty a treaty number
 */
public record SearchQuery(String q, String type, Integer year, String country, Integer treaty) {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cs}\\p{Co}]");

	/** The longest query text that is searched; the rest is ignored. */
	public static final int MAX_LENGTH = 200;

	public SearchQuery {
		q = (q != null) ? CONTROL.matcher(q).replaceAll(" ").strip() : "";
		if (q.length() > MAX_LENGTH) {
			q = q.substring(0, MAX_LENGTH);
		}
		type = (type == null || type.isBlank()) ? null : type.strip();
		country = (country == null || country.isBlank()) ? null : country.strip().toUpperCase(Locale.ROOT);
	}

	public boolean isEmpty() {
		return this.q.isEmpty();
	}

}

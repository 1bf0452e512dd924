package org.treatyportal.search;

/**
 * A search filter whose values are choices, given by the feature that owns them (the
 * States, the treaties), so the search offers a list rather than a free text field. The
 * search checks a filter's value against the choices: anything else is refused with a
 * message.
 * <p>
 * The choices are kept until something searchable changes: every table the SQL reads must
 * be watched ({@code portal_watch_for_search} in a migration; {@code SearchCacheTests}
 * checks).
 *
 * @param parameter the query parameter it fills: {@code country} (upper-case ISO alpha-2
 * codes) or {@code treaty} (treaty numbers)
 * @param sql SQL selecting the choices with the columns {@code value} (text) and
 * {@code label} (text, in the language {@code :language} where there is one); the search
 * sorts them by label in that language, unless {@code sorted}
 * @param sorted whether the SQL gives the choices in their order already
 */
public record SearchFilter(String parameter, String sql, boolean sorted) {

	/** The States filter, {@code country}. */
	public static final String COUNTRY = "country";

	/** The treaties filter, {@code treaty}. */
	public static final String TREATY = "treaty";

	/**
	 * One choice.
	 *
	 * @param value the parameter's value
	 * @param label what the list shows
	 */
	public record Choice(String value, String label) {
	}

}

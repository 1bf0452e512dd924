package org.treatyportal.states;

import java.util.Locale;

/**
 * What lists, charts and forms of any feature need of a State: its code, its name and
 * whether it is a member of the organisation.
 */
public interface StateName {

	/** Upper-case ISO 3166-1 alpha-2 code. */
	String code();

	/** Name in English. */
	String name();

	/** Whether it is a member State of the organisation. */
	boolean member();

	/** The lower-case code of its profile's address, {@code /countries/{slug}}. */
	default String slug() {
		return code().toLowerCase(Locale.ROOT);
	}

}

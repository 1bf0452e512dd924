package org.treatyportal.states;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's one list of States, as the features that refer to States by code (treaty
 * records, events, documents) see it. The countries feature implements it with the
 * country profiles' list, so a name an admin corrects is corrected everywhere.
 */
public interface StateDirectory {

	/** Every State, by name. */
	List<? extends StateName> names();

	/**
	 * The States that can become Parties to a treaty (not the territories of the list),
	 * by name in the current request's language.
	 */
	List<? extends StateName> possibleParties();

	/** Whether the code, in either case, is one of {@link #possibleParties()}. */
	boolean canBeParty(String code);

	/** Every State by its upper-case code, in the order of their names. */
	Map<String, ? extends StateName> byCode();

	/** Every State's name by its upper-case code. */
	Map<String, String> namesByCode();

	/**
	 * The name of the State with the (upper-case) code, or the code itself if the list
	 * lacks it.
	 */
	String name(String code);

	/** Whether the code is one of the list, in either case. */
	boolean exists(String code);

	/**
	 * The code trimmed and upper-cased, or {@code null} when blank: how forms and
	 * addresses give codes.
	 */
	static String normalise(String code) {
		return (code == null || code.isBlank()) ? null : code.strip().toUpperCase(Locale.ROOT);
	}

}

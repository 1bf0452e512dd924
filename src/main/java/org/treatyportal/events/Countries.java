package org.treatyportal.events;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Countries by their ISO 3166-1 alpha-2 code, as the JDK knows them: validation, names in
 * English, and the choices of a country field. Stands in until the country profiles
 * (another feature) own the list; the codes stay the same.
 */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private static final List<Choice> CHOICES = CODES.stream()
		.map((code) -> new Choice(code, name(code)))
		.sorted(Comparator.comparing(Choice::name))
		.toList();

	private Countries() {
	}

	/** The code upper-cased and trimmed, or {@code null} when blank. */
	public static String normalise(String code) {
		return (code == null || code.isBlank()) ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	/** Whether the (normalised) code is an ISO 3166-1 alpha-2 code. */
	public static boolean isValid(String code) {
		return code != null && CODES.contains(code);
	}

	/**
	 * The country's English name, e.g. {@code Sri Lanka} for {@code LK}; the code if
	 * unknown.
	 */
	public static String name(String code) {
		if (!isValid(code)) {
			return String.valueOf(code);
		}
		String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
		return name.isEmpty() ? code : name;
	}

	/** Every country, by name. */
	public static List<Choice> choices() {
		return CHOICES;
	}

	/**
	 * One country of a select.
	 *
	 * @param code ISO 3166-1 alpha-2 code
	 * @param name English name
	 */
	public record Choice(String code, String name) {
	}

}

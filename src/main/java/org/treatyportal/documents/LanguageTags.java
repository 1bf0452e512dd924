package org.treatyportal.documents;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Languages of document files as BCP 47 tags ({@code en}, {@code fr}, {@code pt-BR}):
 * validation, the canonical form kept in the database and in addresses, and names for
 * people ("French (français)").
 */
public final class LanguageTags {

	/** Longest tag accepted; the column holds 35. */
	static final int MAX_LENGTH = 35;

	private static final List<Choice> CHOICES = Arrays.stream(Locale.getISOLanguages())
		.map(LanguageTags::canonical)
		.flatMap(Optional::stream)
		.distinct()
		.map((tag) -> new Choice(tag, label(tag)))
		.sorted(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER))
		.toList();

	private LanguageTags() {
	}

	/**
	 * The canonical form of a well-formed tag of a language the JDK can name (e.g.
	 * {@code pt-BR} for {@code PT-br}); empty for anything else, {@code zz-!!} or
	 * {@code und}.
	 */
	public static Optional<String> canonical(String tag) {
		if (tag == null || tag.isBlank() || tag.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		Locale locale = Locale.forLanguageTag(tag.strip());
		String canonical = locale.toLanguageTag();
		// forLanguageTag drops what is ill-formed: a tag that does not come back whole
		// was not one.
		if (!canonical.equalsIgnoreCase(tag.strip()) || locale.getLanguage().isEmpty()) {
			return Optional.empty();
		}
		String name = locale.getDisplayLanguage(Locale.ENGLISH);
		if (name.isEmpty() || name.equalsIgnoreCase(locale.getLanguage())) {
			return Optional.empty();
		}
		return Optional.of(canonical);
	}

	/**
	 * The language's English name and, when it differs, its own:
	 * {@code French (français)}.
	 */
	public static String label(String tag) {
		Locale locale = Locale.forLanguageTag(tag);
		String english = locale.getDisplayName(Locale.ENGLISH);
		String own = locale.getDisplayName(locale);
		if (own.isEmpty() || own.equalsIgnoreCase(english)) {
			return english;
		}
		return english + " (" + own + ")";
	}

	/**
	 * The language's name in another language, as a page in that language lists it:
	 * {@code Indonesian}, {@code Indonésien}; with its region or script only when asked
	 * ({@code Portuguese (Brazil)}), for two files of one language.
	 */
	public static String name(String tag, Locale in, boolean withRegion) {
		Locale locale = Locale.forLanguageTag(tag);
		String name = withRegion ? locale.getDisplayName(in) : locale.getDisplayLanguage(in);
		if (name.isEmpty()) {
			return tag;
		}
		return name.substring(0, 1).toUpperCase(in) + name.substring(1);
	}

	/** The languages of ISO 639-1, by English name, for a language select. */
	public static List<Choice> choices() {
		return CHOICES;
	}

	/**
	 * One language of a select.
	 *
	 * @param tag the BCP 47 tag
	 * @param label its name for people
	 */
	public record Choice(String tag, String label) {
	}

}

package org.treatyportal.treaties;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What admins type into filters and the State field, compared the way people read it:
 * letter case and accents aside ("cote d'ivoire" finds "Côte d'Ivoire").
 */
final class TypedText {

	private TypedText() {
	}

	/** The text trimmed, lower-cased and without accents; empty for {@code null}. */
	static String folded(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
	}

}

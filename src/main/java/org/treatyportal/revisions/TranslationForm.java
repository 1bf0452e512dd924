package org.treatyportal.revisions;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every language version of a form has besides its fields
 * ({@code translations[fr].…}): "the translation follows the current original" and
 * "remove this translation". Each type's translation form adds its own fields.
 */
public abstract class TranslationForm {

	private boolean confirmed;

	private boolean remove;

	/**
	 * The key under which a revision stores a translation's field, so that comparison,
	 * restore and conflicts cover every language: {@code title [fr]}.
	 */
	public static String key(String field, String language) {
		return field + " [" + language + "]";
	}

	/**
	 * Gives a form's translations an empty version for every language but the original
	 * that has none yet, in the site's order, so the form shows a version per language.
	 */
	public static <T extends TranslationForm> void addMissing(Map<String, T> translations, List<String> languages,
			String original, Supplier<T> empty) {
		for (String language : languages) {
			if (!language.equals(original)) {
				translations.computeIfAbsent(language, (tag) -> empty.get());
			}
		}
	}

	/** Whether the editor confirmed that the translation follows the current original. */
	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	/** Whether the editor asked to remove the translation. */
	public boolean isRemove() {
		return this.remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}

	/** Whether every field of the version is empty: no translation in that language. */
	public abstract boolean isBlank();

	/** Text typed into a field, empty for none. */
	protected static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}

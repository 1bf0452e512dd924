package org.treatyportal.treaties;

/**
 * A statement's text as a page in one language shows it: its translation into that
 * language, or else its original, which the page marks with the original's {@code lang}.
 *
 * @param requested the page's language
 * @param language the language of the text given
 * @param text the text
 */
public record StatementWording(String requested, String language, String text) {

	/** Whether the statement has no text in the page's language and this is another. */
	public boolean isFallback() {
		return !this.requested.equals(this.language);
	}

}

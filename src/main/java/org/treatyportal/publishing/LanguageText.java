package org.treatyportal.publishing;

/**
 * An item's text as shown in one language: its translation into the requested language,
 * or, where there is none, its original (a fallback, which a page marks with the
 * original's {@code lang} and a notice).
 *
 * @param requested the language asked for
 * @param language the language of the text given
 * @param slug the slug in that language
 * @param title the title
 * @param summary the summary
 * @param body the sanitised HTML body
 */
public record LanguageText(String requested, String language, String slug, String title, String summary, String body) {

	/** Whether the item has no version in the requested language and this is another. */
	public boolean isFallback() {
		return !this.requested.equals(this.language);
	}

	/**
	 * The {@code lang} to put on the text: its language where it is a fallback, else
	 * {@code null}, which leaves the attribute out (the page's own language applies).
	 */
	public String lang() {
		return isFallback() ? this.language : null;
	}

}

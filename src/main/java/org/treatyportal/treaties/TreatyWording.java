package org.treatyportal.treaties;

/**
 * A treaty's words as a page in one language shows them: its translation into that
 * language, or else its original, which the page marks with the original's {@code lang}
 * and a notice.
 *
 * @param requested the page's language
 * @param language the language of the words given
 * @param title the full title
 * @param shortTitle the short title
 * @param summary the summary, sanitised HTML
 */
public record TreatyWording(String requested, String language, String title, String shortTitle, String summary) {

	/** Whether the treaty has no version in the page's language and this is another. */
	public boolean isFallback() {
		return !this.requested.equals(this.language);
	}

}

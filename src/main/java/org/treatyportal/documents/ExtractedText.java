package org.treatyportal.documents;

/**
 * The text read from a file for search, and why there is none or only part of it.
 *
 * @param text the text, or {@code null} when none was read
 * @param note why the text is missing or partial, or {@code null} when it is whole
 */
record ExtractedText(String text, ExtractionNote note) {

	static ExtractedText none(ExtractionNote note) {
		return new ExtractedText(null, note);
	}

}

package org.treatyportal.documents;

import org.springframework.core.io.InputStreamSource;

/**
 * A change to one language of a document asked for in a save: a new file for it (the
 * first, or one replacing the current), or only its authentic mark.
 *
 * @param row the form row it came from, to put a refusal next to it
 * @param language the canonical BCP 47 tag
 * @param authentic whether the text is authentic rather than an unofficial translation
 * @param fileName the name the file came with, or {@code null} when no file was chosen
 * @param size the file's size in bytes
 * @param content the file's bytes, readable more than once, or {@code null}
 */
record LanguageFileChange(int row, String language, boolean authentic, String fileName, long size,
		InputStreamSource content) {

	boolean hasFile() {
		return this.content != null;
	}

}

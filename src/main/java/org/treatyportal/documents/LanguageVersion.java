package org.treatyportal.documents;

/**
 * The current file of a document in one language, as public pages list it.
 *
 * @param tag canonical BCP 47 tag, e.g. {@code fr}
 * @param name the language's name: {@code French (français)}
 * @param authentic whether the text is authentic rather than an unofficial translation
 * @param format short name of the file's format, e.g. {@code PDF}
 * @param size the file's size in bytes
 * @param url its stable address, e.g. {@code /documents/convention-on-cybercrime/fr}
 */
public record LanguageVersion(String tag, String name, boolean authentic, String format, long size, String url) {

	/** The size for people: {@code 850 KB}, {@code 2.4 MB}. */
	public String sizeLabel() {
		return FileVersion.sizeLabel(this.size);
	}

}

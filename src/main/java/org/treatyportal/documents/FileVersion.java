package org.treatyportal.documents;

import java.time.Instant;
import java.util.Locale;

import org.treatyportal.files.FileType;

/**
 * One version of one language of a document, without its bytes or text: what lists of
 * files show.
 *
 * @param id the {@code document_file} row's id
 * @param documentId the document's id
 * @param language canonical BCP 47 tag
 * @param authentic whether the text is authentic rather than an unofficial translation
 * @param version the version number, from 1
 * @param current whether visitors get this version
 * @param fileId the stored file's id
 * @param fileName the name it was uploaded with
 * @param contentType its media type, found from its bytes
 * @param size its size in bytes
 * @param extractionNote why its text is missing or partial, or {@code null}
 * @param uploadedAt when it was uploaded
 * @param textLength characters of text extracted, or {@code null} when none
 */
public record FileVersion(long id, long documentId, String language, boolean authentic, int version, boolean current,
		long fileId, String fileName, String contentType, long size, ExtractionNote extractionNote, Instant uploadedAt,
		Integer textLength) {

	/** The language's name: {@code French (français)}. */
	public String languageName() {
		return LanguageTags.label(this.language);
	}

	/** Short name of the format, e.g. {@code PDF}. */
	public String format() {
		return FileType.ofMediaType(this.contentType).label();
	}

	/** The size for people: {@code 850 KB}, {@code 2.4 MB}. */
	public String sizeLabel() {
		return sizeLabel(this.size);
	}

	static String sizeLabel(long size) {
		if (size < 1024) {
			return size + " B";
		}
		if (size < 1024 * 1024) {
			return Math.round(size / 1024.0) + " KB";
		}
		return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
	}

}

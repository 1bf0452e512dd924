package org.treatyportal.documents;

/**
 * Why the text of a document file was not extracted for search, or only in part. Stored
 * by name in {@code document_file.extraction_note}; the message bundle says it for people
 * ({@code documents.extraction.NAME}).
 */
public enum ExtractionNote {

	/** The PDF has no text (scanned pages, or nothing on them). */
	NO_TEXT,

	/** Only the first pages or characters were kept. */
	TRUNCATED,

	/** The PDF is encrypted: its text cannot be read. */
	ENCRYPTED,

	/** The PDF could not be read. */
	DAMAGED,

	/** Reading took longer than allowed. */
	TIMED_OUT,

	/** Too many files were being read at once: this one was not. */
	BUSY,

	/** Text is extracted from PDF files only. */
	NOT_PDF

}

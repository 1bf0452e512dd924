package org.treatyportal.documents;

import org.springframework.web.multipart.MultipartFile;

/**
 * One row of the document form's files: a language, whether its text is authentic, and a
 * file for it. A row of a language the document has ({@code existing}) replaces its file
 * when one is chosen and otherwise only sets its authentic mark; a new row adds a
 * language (or replaces one, if the document has it already).
 */
public class LanguageFileRow {

	private String language;

	private boolean authentic;

	private boolean existing;

	private MultipartFile file;

	public LanguageFileRow() {
	}

	LanguageFileRow(String language, boolean authentic, boolean existing) {
		this.language = language;
		this.authentic = authentic;
		this.existing = existing;
	}

	/** BCP 47 tag. */
	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public boolean isAuthentic() {
		return this.authentic;
	}

	public void setAuthentic(boolean authentic) {
		this.authentic = authentic;
	}

	/** Whether the row stands for a language the document already has. */
	public boolean isExisting() {
		return this.existing;
	}

	public void setExisting(boolean existing) {
		this.existing = existing;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	/** The language's name for people, or empty when none is set or it is not one. */
	public String languageName() {
		return LanguageTags.canonical(this.language).map(LanguageTags::label).orElse("");
	}

	/**
	 * Whether a file was chosen (a browser sends an empty, nameless part for an empty
	 * field).
	 */
	public boolean hasFile() {
		return this.file != null && !(this.file.isEmpty()
				&& (this.file.getOriginalFilename() == null || this.file.getOriginalFilename().isEmpty()));
	}

}

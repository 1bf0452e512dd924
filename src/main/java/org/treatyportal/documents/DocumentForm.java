package org.treatyportal.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.treatyportal.publishing.EditorialForm;

/**
 * What an editor types into the document form: the editorial fields (the summary is the
 * description), the type, date, the treaty, event and countries it concerns, and its
 * language files. {@link DocumentFormValidator} checks the files' languages.
 */
public class DocumentForm extends EditorialForm {

	/** Empty rows offered for new language files. */
	static final int NEW_ROWS = 3;

	@NotNull
	private DocumentType documentType;

	private LocalDate documentDate;

	@Positive
	@Max(99_999)
	private Integer treatyNumber;

	private Long eventId;

	private List<String> countries = new ArrayList<>();

	private List<LanguageFileRow> files = new ArrayList<>();

	public DocumentType getDocumentType() {
		return this.documentType;
	}

	public void setDocumentType(DocumentType documentType) {
		this.documentType = documentType;
	}

	/** The document's own date (adoption, publication). */
	public LocalDate getDocumentDate() {
		return this.documentDate;
	}

	public void setDocumentDate(LocalDate documentDate) {
		this.documentDate = documentDate;
	}

	/** Number of the treaty it belongs to, e.g. 185. */
	public Integer getTreatyNumber() {
		return this.treatyNumber;
	}

	public void setTreatyNumber(Integer treatyNumber) {
		this.treatyNumber = treatyNumber;
	}

	public Long getEventId() {
		return this.eventId;
	}

	public void setEventId(Long eventId) {
		this.eventId = eventId;
	}

	/** ISO 3166-1 alpha-2 codes. */
	public List<String> getCountries() {
		return this.countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = (countries != null) ? countries : new ArrayList<>();
	}

	/** The rows of language files: one per language the document has, then empty ones. */
	public List<LanguageFileRow> getFiles() {
		return this.files;
	}

	public void setFiles(List<LanguageFileRow> files) {
		this.files = (files != null) ? files : new ArrayList<>();
	}

	/** Adds the empty rows for new files. */
	void addNewRows() {
		for (int i = 0; i < NEW_ROWS; i++) {
			this.files.add(new LanguageFileRow());
		}
	}

}
